using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

[Registered("orbit", "A disc of particles circling the centre, inner ones faster (Kepler's law), seen at a tilt so the near side is brighter, each with a short arc of trail. Capped at 300/1000/2000 particles by quality.")]
public sealed record OrbitParticles(
    [Doc("Particles in the disc (limited by the quality cap).")][Range(1, 5000)] int Count = 1000,
    [Doc("Turns per second at the outer edge; a particle at radius r turns (outer / r)^1.5 times faster.")][Range(0, 5)] float Speed = 0.04f,
    [Doc("Inner edge of the disc, as a fraction of its outer edge.")][Range(0.02, 1)] float Inner = 0.15f,
    [Doc("Outer edge, as a fraction of the half grid (width along x, height along y).")][Range(0.05, 2)] float Outer = 0.92f,
    [Doc("How round the disc looks: 1 seen face on, towards 0 edge on.")][Range(0.05, 1)] float Tilt = 0.6f,
    [Doc("Trail length, in seconds of motion behind each particle; 0 draws dots.")][Range(0, 2)] float Trail = 0.35f,
    [Doc("Brightness given to the four neighbouring cells of each particle, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.2f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>Kepler's third law on a circular orbit: at radius r (1 = the outer edge) ω ∝ r^−1.5.</summary>
    internal static float TurnsPerSecond(float outerSpeed, float r) => outerSpeed / (r * MathF.Sqrt(r));

    /// <summary>
    /// Closed form: particle i keeps a hashed radius and phase and sits at angle phase + ω(r)·t; its trail is a chord
    /// through where it was half and all of the trail time ago.
    /// </summary>
    private sealed class Executor(OrbitParticles parameters, FieldSetup setup) : ParticleExecutor<OrbitParticles>(parameters, setup, 300, 1000, 2000)
    {
        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            var t = time.Time;
            var n = Math.Min(p.Count, Capacity);
            var inner = MathF.Min(p.Inner, 1f);
            for (var i = 0; i < n; i++)
            {
                var h = Hash.Combine(Seed, (uint)i);
                // Denser towards the inside, as a disc under gravity is.
                var r = inner + (1f - inner) * DetMath.Pow(Hash.Unit(h, 1), 1.6f);
                var omega = TurnsPerSecond(p.Speed, r) * DetMath.TwoPi;
                var phase = Hash.Unit(h, 2) * DetMath.TwoPi;
                var shine = (0.55f + 0.45f * Hash.Unit(h, 3)) * (0.65f + 0.35f * (1f - r));
                var head = phase + omega * t;
                var (x, y, depth) = Place(r, head);
                var brightness = shine * depth;
                if (p.Trail > 0)
                {
                    var (mx, my, _) = Place(r, head - omega * p.Trail * 0.5f);
                    var (tx, ty, _) = Place(r, head - omega * p.Trail);
                    Space.Line(values, tx, ty, 0, mx, my, brightness * 0.45f);
                    Space.Line(values, mx, my, brightness * 0.45f, x, y, brightness * 0.8f);
                }

                Space.Splat(values, x, y, brightness, p.Glow);
            }

            LastCount = n;
        }

        /// <summary>Where a particle at radius r and angle a lands on screen, and how bright its side of the disc is.</summary>
        private (float X, float Y, float Depth) Place(float r, float angle)
        {
            var p = Parameters;
            var cos = DetMath.Cos(angle);
            var sin = DetMath.Sin(angle);
            var x = cos * r * p.Outer * Space.HalfWidth;
            var y = sin * r * p.Outer * Space.HalfHeight * p.Tilt;
            // The near half (below the centre) is lit, the far half dims: the tilt reads as depth.
            return (x, y, 0.55f + 0.45f * (0.5f + 0.5f * sin));
        }
    }
}
