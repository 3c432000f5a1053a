using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("ice", "Icicles hanging from the top edge, slowly growing and shrinking, with frosty facets and glints sliding down them.")]
public sealed record IceField(
    [Doc("Typical icicle length as a fraction of the grid height.")][Range(0.05, 1.5)] float Length = 0.55f,
    [Doc("How fast the icicles grow and shrink.")][Range(0, 10)] float Growth = 0.15f,
    [Doc("Glints per second sliding down each icicle.")][Range(0, 10)] float Shimmer = 0.4f,
    [Doc("Icicles across the width: larger gives more, thinner ones.")][Range(0.05, 10)] float Columns = 1f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor : IValueField
    {
        private readonly IceField _p;
        private readonly FieldSetup _setup;
        private readonly uint _lengthSeed;
        private readonly uint _facetSeed;
        private readonly float[] _lengths;

        public Executor(IceField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            _lengthSeed = Hash.Combine(setup.Seed, 0x494345u);
            _facetSeed = Hash.Combine(setup.Seed, 0x464143u);
            _lengths = new float[setup.Grid.Columns];
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = _setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var t = time.Time;
            var kx = 0.35f * _p.Columns;
            var grow = t * _p.Growth;
            for (var c = 0; c < columns; c++)
            {
                // Sharp-edged tongues: high-frequency noise across x, squared so a few hang long.
                var n = 0.65f * Noise.Value(_lengthSeed, c * kx, grow, 0) + 0.35f * Noise.Value(_lengthSeed, c * kx * 2.7f, grow * 1.9f, 5);
                _lengths[c] = MathF.Max(0.6f, _p.Length * rows * (0.15f + 1.3f * n * n));
            }

            for (var r = 0; r < rows; r++)
            {
                var row = r * columns;
                for (var c = 0; c < columns; c++)
                {
                    var length = _lengths[c];
                    var along = r / length;
                    if (along >= 1f)
                    {
                        values[row + c] = r < 1 ? 0.6f : 0f;
                        continue;
                    }

                    var facet = Hash.Unit(_facetSeed, (uint)c, (uint)r);
                    var glintAt = DetMath.Fract(t * _p.Shimmer + Hash.Unit(_lengthSeed, (uint)c)) * 1.4f - 0.2f;
                    var offset = (along - glintAt) * 6f;
                    var glint = DetMath.Exp(-offset * offset);
                    var body = 0.35f + 0.45f * (1f - along) + 0.2f * facet;
                    values[row + c] = DetMath.Clamp01(body * (1f - 0.35f * along * along) + 0.6f * glint);
                }
            }
        }
    }
}
