using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("fire", "Flickering fire columns rising from the bottom edge, with turbulence that climbs upward.")]
public sealed record FireField(
    [Doc("Typical flame height as a fraction of the grid height.")][Range(0.05, 1.5)] float Height = 0.6f,
    [Doc("How fast the turbulence climbs, in grid heights per second.")][Range(0, 10)] float Speed = 0.8f,
    [Doc("How fast the flame heights change.")][Range(0, 20)] float Flicker = 1.5f,
    [Doc("Flame tongues across the width: larger gives more, narrower columns.")][Range(0.05, 10)] float Columns = 1f,
    [Doc("Turbulence size; larger gives finer detail.")][Range(0.05, 10)] float Scale = 1f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor : IValueField
    {
        private readonly FireField _p;
        private readonly FieldSetup _setup;
        private readonly uint _heightSeed;
        private readonly uint _turbulenceSeed;
        private readonly float[] _heights;

        public Executor(FireField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            _heightSeed = Hash.Combine(setup.Seed, 0x46495245u);
            _turbulenceSeed = Hash.Combine(setup.Seed, 0x54555242u);
            _heights = new float[setup.Grid.Columns];
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = _setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var t = time.Time;
            var aspect = (float)grid.CellHeight / grid.CellWidth;

            // Flame height per column: two octaves of noise along x, morphing with time.
            var kx = 0.09f * _p.Columns;
            var flick = t * _p.Flicker;
            for (var c = 0; c < columns; c++)
            {
                var n = 0.7f * Noise.Value(_heightSeed, c * kx, flick, 0) + 0.3f * Noise.Value(_heightSeed, c * kx * 3.1f, flick * 2.3f, 7);
                _heights[c] = MathF.Max(0.02f, _p.Height * (0.25f + 1.1f * n)) * rows;
            }

            var k = 0.16f * _p.Scale;
            var climb = t * _p.Speed * rows * aspect;
            for (var r = 0; r < rows; r++)
            {
                var y = rows - 1 - r; // 0 on the bottom row
                var yc = y * aspect;
                var row = r * columns;
                for (var c = 0; c < columns; c++)
                {
                    var body = 1f - y / _heights[c];
                    if (body <= -0.25f)
                    {
                        values[row + c] = 0;
                        continue;
                    }

                    // Turbulence sampled below the cell as time passes, so features move up.
                    var turbulence = Noise.Value(_turbulenceSeed, c * k, (yc - climb) * k, t * 0.7f);
                    var v = body + (turbulence - 0.5f) * 0.9f;
                    values[row + c] = DetMath.Clamp01(v * (0.75f + 0.5f * turbulence));
                }
            }
        }
    }
}
