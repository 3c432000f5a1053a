using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("domain_warp", "Marbled smoke: fractal noise looked up at coordinates displaced by fractal noise, twice over, so it swirls and folds.")]
public sealed record DomainWarpField(
    [Doc("Spatial frequency; larger gives finer marbling.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("How fast it flows.")][Range(0, 20)] float Speed = 0.25f,
    [Doc("How far each stage displaces the next, in noise units.")][Range(0, 10)] float Warp = 3f,
    [Doc("Octaves of each noise lookup.")][Range(1, 8)] int Octaves = 4,
    [Doc("Contrast around mid-grey.")][Range(0.1, 5)] float Contrast = 1.8f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>value = fbm(p + warp · r) with r = fbm₂(p + warp · q) and q = fbm₂(p): five noise lookups a cell, each with its own lattice.</summary>
    private sealed class Executor(DomainWarpField p, FieldSetup setup) : IValueField
    {
        private readonly uint _seed = setup.Seed;

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var z = time.Time * p.Speed;
            var k = 0.05f * p.Scale;
            var warp = p.Warp;
            var octaves = p.Octaves;
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                var x = dx[i] * k;
                var y = dy[i] * k;
                var qx = Noise.Fbm(_seed + 1, x, y, z, octaves, 2f, 0.5f) - 0.5f;
                var qy = Noise.Fbm(_seed + 2, x + 5.2f, y + 1.3f, z, octaves, 2f, 0.5f) - 0.5f;
                var rx = Noise.Fbm(_seed + 3, x + warp * qx + 1.7f, y + warp * qy + 9.2f, z * 1.3f, octaves, 2f, 0.5f) - 0.5f;
                var ry = Noise.Fbm(_seed + 4, x + warp * qx + 8.3f, y + warp * qy + 2.8f, z * 1.3f, octaves, 2f, 0.5f) - 0.5f;
                var n = Noise.Fbm(_seed + 5, x + warp * rx, y + warp * ry, z * 0.7f, octaves, 2f, 0.5f);
                values[i] = Noise.Contrast(n, p.Contrast);
            }
        }
    }
}
