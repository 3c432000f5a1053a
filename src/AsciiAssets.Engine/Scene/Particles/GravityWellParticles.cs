using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

[Registered("gravity_well", "Particles falling into one or more wells, spiralling faster as they near the centre and vanishing into it, then starting again at the rim; the wells circle each other. Capped at 400/1200/2500 particles by quality.")]
public sealed record GravityWellParticles(
    [Doc("Particles in flight (limited by the quality cap).")][Range(1, 5000)] int Count = 700,
    [Doc("Number of wells; several circle the centre.")][Range(1, 4)] int Wells = 2,
    [Doc("Seconds a particle takes to fall in, on average (each takes 70 to 130 % of it).")][Range(0.2, 60)] float Period = 3.5f,
    [Doc("Spiral arms particles stream in along; 0 spreads them evenly around each well.")][Range(0, 8)] int Arms = 3,
    [Doc("Turns a particle makes on its way in.")][Range(0, 10)] float Swirl = 1.5f,
    [Doc("Radius particles start from, as a fraction of the half grid height.")][Range(0.05, 3)] float Radius = 0.7f,
    [Doc("Turns per second the wells make around the centre.")][Range(-2, 2)] float Orbit = 0.05f,
    [Doc("How far apart the wells are, as a fraction of the half grid height.")][Range(0, 2)] float Spacing = 0.6f,
    [Doc("Trail length, in seconds of fall behind each particle; 0 draws dots.")][Range(0, 2)] float Trail = 0.4f,
    [Doc("Brightness given to the four neighbouring cells of each particle, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.2f) : FieldParameters
{
    /// <summary>The fall stops this short of the centre, so the spiral's speed stays finite.</summary>
    private const float Horizon = 0.98f;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form: particle i falls on a loop of its own hashed length and phase; at progress u of a fall its
    /// distance is r0 · (1 − u)^(2/3) (a free fall's shape) and its angle grows as −ln(1 − u), so it whirls ever
    /// faster. Each fall hashes a new start angle, radius and well.
    /// </summary>
    private sealed class Executor(GravityWellParticles parameters, FieldSetup setup) : ParticleExecutor<GravityWellParticles>(parameters, setup, 400, 1200, 2500)
    {
        private static readonly float LogHorizon = -DetMath.Log(1f - Horizon);

        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            var t = time.Time;
            var n = Math.Min(p.Count, Capacity);
            var unit = Space.HalfHeight;
            for (var i = 0; i < n; i++)
            {
                var particle = Hash.Combine(Seed, (uint)i);
                var period = p.Period * (0.7f + 0.6f * Hash.Unit(particle, 1));
                var travel = t / period + Hash.Unit(particle, 2);
                var fall = MathF.Floor(travel);
                var u = travel - fall;
                var h = Hash.Combine(particle, (uint)(int)fall);
                var well = (int)(Hash.Unit(h, 1) * p.Wells);
                var (wx, wy) = Well(well, t);
                var r0 = p.Radius * unit * (0.85f + 0.15f * Hash.Unit(h, 2));
                // Particles of one arm start near one angle, so falls at every stage line up along a spiral.
                var a0 = p.Arms > 0
                    ? ((int)(Hash.Unit(h, 3) * p.Arms) + 0.12f * (Hash.Unit(h, 5) - 0.5f)) * DetMath.TwoPi / p.Arms
                    : Hash.Unit(h, 3) * DetMath.TwoPi;
                var (x, y) = At(u, r0, a0);
                // Fades in at the rim, brightens as it falls, and is swallowed at the end.
                var brightness = (0.6f + 0.4f * Hash.Unit(h, 4)) * DetMath.Clamp01(u * 6f) * (0.55f + 0.45f * u) * DetMath.Clamp01((1f - u) * 12f);
                var back = p.Trail / period;
                if (back > 0 && u > back)
                {
                    var (tx, ty) = At(u - back, r0, a0);
                    Space.Line(values, wx + tx, wy + ty, 0, wx + x, wy + y, brightness * 0.7f);
                }

                Space.Splat(values, wx + x, wy + y, brightness, p.Glow);
            }

            LastCount = n;
        }

        /// <summary>Offset from its well at progress u of a fall from radius r0 and angle a0.</summary>
        private (float X, float Y) At(float u, float r0, float a0)
        {
            var left = 1f - Horizon * u;
            var r = r0 * DetMath.Pow(left, 2f / 3f);
            var angle = a0 + Parameters.Swirl * DetMath.TwoPi * -DetMath.Log(left) / LogHorizon;
            return (DetMath.Cos(angle) * r, DetMath.Sin(angle) * r);
        }

        private (float X, float Y) Well(int index, float t)
        {
            var p = Parameters;
            if (p.Wells == 1)
            {
                return (0, 0);
            }

            var angle = index * DetMath.TwoPi / p.Wells + t * p.Orbit * DetMath.TwoPi;
            var spacing = p.Spacing * Space.HalfHeight;
            return (DetMath.Cos(angle) * spacing, DetMath.Sin(angle) * spacing);
        }
    }
}
