using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles;

[Registered("trails", "Bright heads wandering across the grid on smooth looping paths, each drawing a long tail that fades behind it. Capped at 40/100/200 heads by quality.")]
public sealed record TrailParticles(
    [Doc("Heads, each with its tail (limited by the quality cap).")][Range(1, 1000)] int Count = 16,
    [Doc("How fast the heads travel along their paths.")][Range(0, 10)] float Speed = 1f,
    [Doc("Tail length, in seconds of the head's path.")][Range(0, 10)] float Length = 1.2f,
    [Doc("Points along each tail, joined by lines; more keep long curved tails smooth.")][Range(2, 64)] int Samples = 24,
    [Doc("How far the paths reach, as a fraction of the half grid.")][Range(0.05, 1.5)] float Reach = 0.85f,
    [Doc("Brightness given to the four neighbouring cells of each head, as a fraction; 0 draws single cells.")][Range(0, 1)] float Glow = 0.45f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form: head i follows a sum of two hashed sine waves per axis (a Lissajous-like loop), and its tail is
    /// the same path sampled back in time, so any frame is drawn on its own.
    /// </summary>
    private sealed class Executor(TrailParticles parameters, FieldSetup setup) : ParticleExecutor<TrailParticles>(parameters, setup, 40, 100, 200)
    {
        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            var t = time.Time * p.Speed;
            var n = Math.Min(p.Count, Capacity);
            var spacing = p.Length * p.Speed / (p.Samples - 1);
            for (var i = 0; i < n; i++)
            {
                var h = Hash.Combine(Seed, (uint)i);
                var shine = 0.75f + 0.25f * Hash.Unit(h, 9);
                var (x, y) = Path(h, t);
                // The tail first, darkest at its end, so the head drawn last keeps its brightness.
                var (px, py) = Path(h, t - spacing * (p.Samples - 1));
                var previous = 0f;
                for (var s = p.Samples - 2; s >= 0; s--)
                {
                    var (sx, sy) = Path(h, t - spacing * s);
                    var along = 1f - s / (p.Samples - 1f);
                    var brightness = shine * 0.85f * along * along;
                    Space.Line(values, px, py, previous, sx, sy, brightness);
                    (px, py, previous) = (sx, sy, brightness);
                }

                Space.Splat(values, x, y, shine, p.Glow);
            }

            LastCount = n;
        }

        /// <summary>Where head <paramref name="h"/> is at path time t.</summary>
        private (float X, float Y) Path(uint h, float t)
        {
            var reach = Parameters.Reach;
            var x = 0.62f * DetMath.Sin(t * (0.35f + 0.5f * Hash.Unit(h, 1)) + Hash.Unit(h, 2) * DetMath.TwoPi)
                + 0.38f * DetMath.Sin(t * (0.6f + 0.9f * Hash.Unit(h, 3)) + Hash.Unit(h, 4) * DetMath.TwoPi);
            var y = 0.62f * DetMath.Sin(t * (0.3f + 0.5f * Hash.Unit(h, 5)) + Hash.Unit(h, 6) * DetMath.TwoPi)
                + 0.38f * DetMath.Sin(t * (0.55f + 0.9f * Hash.Unit(h, 7)) + Hash.Unit(h, 8) * DetMath.TwoPi);
            return (x * reach * Space.HalfWidth, y * reach * Space.HalfHeight);
        }
    }
}
