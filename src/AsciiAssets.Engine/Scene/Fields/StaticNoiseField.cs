using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("static_noise", "Television static: every cell a fresh random brightness many times a second, with a bright bar rolling down the screen.")]
public sealed record StaticNoiseField(
    [Doc("New noise frames per second.")][Range(0.5, 120)] float Rate = 24f,
    [Doc("Cells per noise grain along each side; larger gives chunkier static.")][Range(1, 16)] int Grain = 1,
    [Doc("Exponent on the noise: above 1 darkens it into sparse sparkles, below 1 brightens it.")][Range(0.1, 8)] float Sparkle = 1.5f,
    [Doc("Speed of the rolling bar, in grid heights per second; 0 hides it.")][Range(0, 10)] float Roll = 0.3f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(StaticNoiseField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var t = time.Time;
            var tick = (uint)(int)MathF.Floor(t * p.Rate);
            var grain = Math.Max(1, p.Grain);
            var bar = DetMath.Fract(t * p.Roll) * (rows + rows * 0.3f) - rows * 0.15f;
            var sparkle = p.Sparkle;
            var tickSeed = Hash.Combine(setup.Seed, tick);
            for (var r = 0; r < rows; r++)
            {
                var offset = (r - bar) / (rows * 0.08f);
                var lift = p.Roll > 0 ? 0.35f * DetMath.Exp(-offset * offset) : 0f;
                var gy = (uint)(r / grain);
                for (var c = 0; c < columns; c++)
                {
                    var n = Hash.Unit(tickSeed, (uint)(c / grain), gy);
                    values[r * columns + c] = DetMath.Clamp01((sparkle == 1f ? n : DetMath.Pow(n, sparkle)) + lift);
                }
            }
        }
    }
}
