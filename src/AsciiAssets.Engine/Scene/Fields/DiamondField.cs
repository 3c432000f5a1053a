using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("diamond", "Diamond rings (|x| + |y|) travelling outward over a lattice of diamonds that shimmers in and out.")]
public sealed record DiamondField(
    [Doc("Ring density; larger gives more, thinner diamonds.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Speed the rings travel outward; negative moves them inward.")][Range(-20, 20)] float Speed = 1f,
    [Doc("How much of the diamond lattice shows through the rings: 0 rings only, 1 lattice only.")][Range(0, 1)] float Lattice = 0.35f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(DiamondField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time;
            var k = 0.3f * p.Scale;
            var phase = t * p.Speed * 3f;
            var shimmer = t * 0.9f;
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                var x = dx[i] * k;
                var y = dy[i] * k;
                var rings = 0.5f + 0.5f * DetMath.Sin(MathF.Abs(x) + MathF.Abs(y) - phase);
                // Diamonds of a 45°-rotated checker lattice.
                var lattice = 0.5f + 0.5f * DetMath.Sin((x + y) * 0.8f + shimmer) * DetMath.Sin((x - y) * 0.8f - shimmer);
                values[i] = DetMath.Clamp01(DetMath.Lerp(rings, lattice, p.Lattice));
            }
        }
    }
}
