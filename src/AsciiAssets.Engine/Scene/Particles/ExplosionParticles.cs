using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

/// <summary>What sets off a burst.</summary>
public enum ExplosionTrigger
{
    /// <summary>Every <c>interval</c> seconds from the scene start.</summary>
    Interval,

    /// <summary>On every beat of the audio (or of the synthetic tempo when the spec has no audio).</summary>
    Beat,
}

[Registered("explosion", "Bursts of sparks from a centre, every few seconds or on every beat, slowed by drag and pulled down by gravity. Capped at 300/1000/2500 particles by quality.")]
public sealed record ExplosionParticles(
    [Doc("What sets off a burst: interval (every 'interval' seconds) or beat (each beat of the audio, or of the spec's tempo without audio).")] ExplosionTrigger Trigger = ExplosionTrigger.Interval,
    [Doc("Seconds between bursts (the first bursts at the scene start), with trigger: interval.")][Range(0.05, 60)] float Interval = 1.5f,
    [Doc("Particles per burst.")][Range(1, 5000)] int Count = 600,
    [Doc("How long a particle lives, in seconds.")][Range(0.05, 30)] float Lifetime = 2f,
    [Doc("Launch speed, in half grid widths per second.")][Range(0, 20)] float Speed = 1.6f,
    [Doc("Air drag: how quickly particles lose their launch speed, per second.")][Range(0, 20)] float Drag = 1.8f,
    [Doc("Downward pull, in half grid widths per second squared.")][Range(-10, 10)] float Gravity = 0.35f,
    [Doc("Horizontal position of the centre, 0 = left edge, 1 = right edge.")][Range(0, 1)] float CenterX = 0.5f,
    [Doc("Vertical position of the centre, 0 = top, 1 = bottom.")][Range(0, 1)] float CenterY = 0.45f,
    [Doc("Random offset of each burst from the centre, as a fraction of the half grid size.")][Range(0, 1)] float Scatter = 0.25f,
    [Doc("Brightness given to the four neighbouring cells of each particle, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.35f) : FieldParameters, IUsesAudioFeatures
{
    /// <summary>Beat bursts read the precomputed beat frames.</summary>
    bool IUsesAudioFeatures.UsesAudioFeatures => Trigger == ExplosionTrigger.Beat;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form: burst k starts at k · interval of scene time (or at the k-th beat frame of the scene); particle i of a burst has a hashed direction and
    /// speed, and its position follows v/drag · (1 − e^(−drag·a)) plus the gravity term, at age a. Newest bursts first.
    /// </summary>
    private sealed class Executor(ExplosionParticles parameters, FieldSetup setup) : ParticleExecutor<ExplosionParticles>(parameters, setup, 300, 1000, 2500)
    {
        /// <summary>Separates beat bursts' hashes from interval bursts'.</summary>
        private const uint BeatStream = 0x42454154; // "BEAT"



        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            var drawn = 0;
            if (p.Trigger == ExplosionTrigger.Beat)
            {
                // Beat bursts are keyed by their frame, so any frame is computable on its own from the beat list.
                var features = time.Features ?? AudioFeatures.None;
                var beats = features.BeatFrames;
                for (var k = features.LastBeatIndexAtOrBefore(time.Frame); k >= 0 && drawn < Capacity; k--)
                {
                    var beat = beats[k];
                    var age = (float)((time.Frame - beat) / time.Fps);
                    if (beat < time.SceneStartFrame || age >= p.Lifetime)
                    {
                        break;
                    }

                    drawn += Burst(values, Hash.Combine(Seed, BeatStream, (uint)beat), age, Capacity - drawn);
                }
            }
            else
            {
                var t = time.SceneTime;
                for (var k = (int)MathF.Floor(t / p.Interval); k >= 0 && drawn < Capacity; k--)
                {
                    var age = t - k * p.Interval;
                    if (age >= p.Lifetime)
                    {
                        break;
                    }

                    drawn += Burst(values, Hash.Combine(Seed, (uint)k), age, Capacity - drawn);
                }
            }

            LastCount = drawn;
        }

        /// <summary>Draws one burst of at most <paramref name="room"/> particles at an age; returns how many.</summary>
        private int Burst(Span<float> values, uint burst, float age, int room)
        {
            var p = Parameters;
            var unit = Space.HalfWidth;
            var cx = (p.CenterX * 2f - 1f) * Space.HalfWidth + (Hash.Unit(burst, 1) * 2f - 1f) * p.Scatter * Space.HalfWidth;
            var cy = (p.CenterY * 2f - 1f) * Space.HalfHeight + (Hash.Unit(burst, 2) * 2f - 1f) * p.Scatter * Space.HalfHeight;

            // Shared by every particle of the burst: the drag integral and the gravity term.
            float travel;
            float fall;
            if (p.Drag > 1e-4f)
            {
                var decay = DetMath.Exp(-p.Drag * age);
                travel = (1f - decay) / p.Drag;
                fall = p.Gravity * (age - travel) / p.Drag;
            }
            else
            {
                travel = age;
                fall = 0.5f * p.Gravity * age * age;
            }

            var life = age / p.Lifetime;
            var fade = 1f - life * life;
            var flash = age < 0.15f ? 1f + (0.15f - age) * 4f : 1f;
            var n = Math.Min(p.Count, room);
            for (var i = 0; i < n; i++)
            {
                var h = Hash.Combine(burst, (uint)i);
                var angle = Hash.Unit(h, 1) * DetMath.TwoPi;
                // sqrt spreads speeds so the burst fills a disc rather than a thin ring.
                var speed = p.Speed * unit * (0.15f + 0.85f * MathF.Sqrt(Hash.Unit(h, 2)));
                var x = cx + DetMath.Cos(angle) * speed * travel;
                var y = cy + DetMath.Sin(angle) * speed * travel + fall * unit;
                var brightness = (0.55f + 0.45f * Hash.Unit(h, 3)) * fade * flash;
                Space.Splat(values, x, y, brightness, p.Glow);
            }

            return n;
        }
    }
}
