using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

[Registered("starfield", "Flying through 3-D stars: they stream outward from the centre, brightening and streaking as they pass. Capped at 300/800/1500 stars by quality.")]
public sealed record StarfieldParticles(
    [Doc("Number of stars (limited by the quality cap).")][Range(1, 5000)] int Count = 1500,
    [Doc("Flight speed, in depth units per second (1 = a star's whole trip).")][Range(0, 10)] float Speed = 0.25f,
    [Doc("Streak length behind near stars; 0 draws dots.")][Range(0, 1)] float Streak = 0.5f,
    [Doc("Field of view: larger spreads the stars wider.")][Range(0.1, 4)] float Spread = 1f,
    [Doc("Brightness given to the four neighbouring cells of each particle, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.35f) : FieldParameters
{
    private const int StreakSteps = 4;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form: star i has depth z = 1 − fract(phase + t · speed); each pass of the cycle hashes a new position,
    /// projected as (x, y) / z. A star's streak is the same star a little earlier in its flight.
    /// </summary>
    private sealed class Executor(StarfieldParticles parameters, FieldSetup setup) : ParticleExecutor<StarfieldParticles>(parameters, setup, 300, 800, 1500)
    {
        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            var t = time.Time;
            var n = Math.Min(p.Count, Capacity);
            var focal = 0.35f * p.Spread * Math.Max(Space.HalfWidth, Space.HalfHeight);
            var streak = p.Streak * 0.06f;
            for (var i = 0; i < n; i++)
            {
                var star = Hash.Combine(Seed, (uint)i);
                var travel = Hash.Unit(star, 0) + t * p.Speed;
                var pass = MathF.Floor(travel);
                var z = 1f - (travel - pass);
                var h = Hash.Combine(star, (uint)(int)pass);
                var sx = Hash.Unit(h, 1) * 2f - 1f;
                var sy = Hash.Unit(h, 2) * 2f - 1f;
                // Fade in at the far end so stars never pop into view.
                var fadeIn = DetMath.Clamp01((1f - z) * 6f);
                var brightness = fadeIn * (0.25f + 0.75f * (1f - z) * (1f - z)) * (0.7f + 0.3f * Hash.Unit(h, 3));
                for (var s = 0; s <= StreakSteps; s++)
                {
                    var zs = MathF.Max(0.02f, z + s * streak);
                    if (s > 0 && (streak <= 0 || zs > 1f))
                    {
                        break;
                    }

                    var fall = 1f - s / (StreakSteps + 1f);
                    Space.Splat(values, sx / zs * focal, sy / zs * focal, brightness * fall, Parameters.Glow);
                }
            }

            LastCount = n;
        }
    }
}
