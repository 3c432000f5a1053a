using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

[Registered("dissolve", "A glowing cloud that comes apart particle by particle, drifting away, then re-forms each period. Capped at 200/600/1200 particles by quality.")]
public sealed record DissolveParticles(
    [Doc("Particles in the cloud (limited by the quality cap).")][Range(1, 5000)] int Count = 1200,
    [Doc("Seconds from one cloud to the next.")][Range(0.5, 120)] float Period = 4f,
    [Doc("Cloud radius, as a fraction of the half grid height.")][Range(0.05, 2)] float Radius = 0.7f,
    [Doc("Drift speed of freed particles, in half grid heights per second.")][Range(0, 10)] float Drift = 0.6f,
    [Doc("Upward pull on freed particles, in half grid heights per second squared.")][Range(-10, 10)] float Lift = 0.4f,
    [Doc("Brightness given to the four neighbouring cells of each particle, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.35f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form: in cycle c = floor(t / period), particle i rests at a hashed point of the cloud until its hashed
    /// release time, then drifts outward and fades; every particle is gone by 95 % of the period, so the next cloud forms on a clear screen.
    /// </summary>
    private sealed class Executor(DissolveParticles parameters, FieldSetup setup) : ParticleExecutor<DissolveParticles>(parameters, setup, 200, 600, 1200)
    {
        private const float ReleaseWindow = 0.6f;
        private const float FadeWindow = 0.3f;



        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            var t = time.Time;
            var cycle = MathF.Floor(t / p.Period);
            var local = t - cycle * p.Period;
            var cycleSeed = Hash.Combine(Seed, (uint)(int)cycle);
            var unit = Space.HalfHeight;
            var radius = p.Radius * unit;
            var formed = DetMath.SmoothStep(DetMath.Clamp01(local / (0.1f * p.Period)));
            var fadeTime = FadeWindow * p.Period;
            var n = Math.Min(p.Count, Capacity);
            var alive = 0;
            for (var i = 0; i < n; i++)
            {
                var h = Hash.Combine(cycleSeed, (uint)i);
                var release = (0.05f + ReleaseWindow * Hash.Unit(h, 1)) * p.Period;
                var age = local - release;
                if (age >= fadeTime)
                {
                    continue;
                }

                alive++;
                var angle = Hash.Unit(h, 2) * DetMath.TwoPi;
                var cos = DetMath.Cos(angle);
                var sin = DetMath.Sin(angle);
                // Lumpy outline: the radius swells and shrinks with the angle.
                var lump = 1f + 0.18f * DetMath.Sin(angle * 3f + cycle) + 0.1f * DetMath.Sin(angle * 7f - cycle * 2f);
                var r = radius * lump * MathF.Sqrt(Hash.Unit(h, 3));
                var x = cos * r;
                var y = sin * r;
                float brightness;
                if (age < 0)
                {
                    brightness = formed * (0.6f + 0.25f * DetMath.Sin(t * 3f + angle * 5f) + 0.15f * Hash.Unit(h, 4));
                }
                else
                {
                    var heading = angle + (Hash.Unit(h, 5) - 0.5f) * 1.2f;
                    var speed = p.Drift * unit * (0.4f + Hash.Unit(h, 6));
                    x += DetMath.Cos(heading) * speed * age;
                    y += DetMath.Sin(heading) * speed * age - 0.5f * p.Lift * unit * age * age;
                    var left = 1f - age / fadeTime;
                    brightness = (0.7f + 0.3f * Hash.Unit(h, 4)) * left;
                }

                Space.Splat(values, x, y, brightness, Parameters.Glow);
            }

            LastCount = alive;
        }
    }
}
