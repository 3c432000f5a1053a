using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

[Registered("embers", "Glowing embers rising from the bottom edge, swaying and flickering as they fade. Capped at 500/1500/3000 particles by quality.")]
public sealed record EmbersParticles(
    [Doc("Embers born per second.")][Range(1, 5000)] float Rate = 300f,
    [Doc("Longest ember life, in seconds (each lives 50 to 100 % of it).")][Range(0.1, 30)] float Lifetime = 4f,
    [Doc("Rising speed, in grid heights per second.")][Range(0, 10)] float Rise = 0.3f,
    [Doc("Sideways wind, in grid widths per second.")][Range(-5, 5)] float Wind = 0.02f,
    [Doc("Sway amplitude, in grid widths.")][Range(0, 1)] float Sway = 0.02f,
    [Doc("Flicker frequency, in hertz.")][Range(0, 30)] float Flicker = 5f,
    [Doc("Brightness given to the four neighbouring cells of each particle, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.35f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form: ember i is born at i / rate seconds (for every integer i, so the scene starts in a steady
    /// state); its path and life are hashed from i. The newest embers are kept when the cap is reached.
    /// </summary>
    private sealed class Executor(EmbersParticles parameters, FieldSetup setup) : ParticleExecutor<EmbersParticles>(parameters, setup, 500, 1500, 3000)
    {
        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            double t = time.Time;
            var width = Space.HalfWidth * 2f;
            var height = Space.HalfHeight * 2f;
            var newest = (long)Math.Floor(t * p.Rate);
            var oldest = (long)Math.Floor((t - p.Lifetime) * p.Rate);
            var drawn = 0;
            for (var i = newest; i > oldest && drawn < Capacity; i--)
            {
                var age = (float)(t - i / (double)p.Rate);
                var h = Hash.Combine(Seed, (uint)i, (uint)(i >> 32));
                var life = p.Lifetime * (0.5f + 0.5f * Hash.Unit(h, 1));
                if (age >= life || age < 0)
                {
                    continue;
                }

                drawn++;
                var x0 = (Hash.Unit(h, 2) - 0.5f) * width;
                var rise = p.Rise * height * (0.5f + Hash.Unit(h, 3));
                var phase = Hash.Unit(h, 4) * DetMath.TwoPi;
                var x = x0 + p.Wind * width * age + p.Sway * width * DetMath.Sin(age * 2.2f + phase);
                var y = Space.HalfHeight - rise * age;
                var u = age / life;
                var envelope = DetMath.Clamp01(u * 8f) * (1f - u);
                var flicker = 0.7f + 0.3f * DetMath.Sin(age * p.Flicker * DetMath.TwoPi + phase * 3f);
                Space.Splat(values, x, y, (0.6f + 0.4f * Hash.Unit(h, 5)) * envelope * flicker * 1.3f, Parameters.Glow);
            }

            LastCount = drawn;
        }
    }
}
