using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("temporal_noise", "Twinkling: every cell fades smoothly between random brightnesses on its own clock, optionally mixed with slow spatial noise so neighbours move together.")]
public sealed record TemporalNoiseField(
    [Doc("New target brightnesses per second for each cell.")][Range(0.01, 60)] float Rate = 1.5f,
    [Doc("How much slow spatial noise is mixed in: 0 every cell on its own, 1 only the spatial noise.")][Range(0, 1)] float Coherence = 0.3f,
    [Doc("Spatial frequency of the mixed-in noise.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Exponent on the result: above 1 leaves fewer, brighter twinkles.")][Range(0.1, 8)] float Sparkle = 1.6f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(TemporalNoiseField p, FieldSetup setup) : IValueField
    {
        private readonly uint _cellSeed = Hash.Combine(setup.Seed, 0x54574bu);
        private readonly uint _spaceSeed = Hash.Combine(setup.Seed, 0x53504cu);

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time * p.Rate;
            var k = 0.1f * p.Scale;
            var coherence = p.Coherence;
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                // Each cell's own clock starts at a hashed phase, so cells never change together.
                var local = t + Hash.Unit(_cellSeed, (uint)i);
                var step = MathF.Floor(local);
                var tick = (uint)(int)step;
                var from = Hash.Unit(_cellSeed, (uint)i, tick);
                var to = Hash.Unit(_cellSeed, (uint)i, tick + 1);
                var own = DetMath.Lerp(from, to, DetMath.SmoothStep(local - step));
                var shared = coherence > 0 ? Noise.Value(_spaceSeed, dx[i] * k, dy[i] * k, t * 0.25f) : 0f;
                var v = DetMath.Lerp(own, shared, coherence);
                values[i] = DetMath.Clamp01(DetMath.Pow(v, p.Sparkle));
            }
        }
    }
}
