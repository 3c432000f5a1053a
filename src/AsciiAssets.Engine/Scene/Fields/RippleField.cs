using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("ripple", "Raindrops on water: rings spread from random points and fade, several at a time.")]
public sealed record RippleField(
    [Doc("Drops per second.")][Range(0.05, 20)] float Rate = 1.5f,
    [Doc("How long a ring lives, in seconds.")][Range(0.2, 20)] float Lifetime = 3f,
    [Doc("How fast a ring spreads, in half grid heights per second.")][Range(0.05, 10)] float Speed = 0.5f,
    [Doc("Distance between crests; larger gives wider rings.")][Range(0.1, 10)] float Wavelength = 1f) : FieldParameters
{
    /// <summary>The still water between the rings.</summary>
    private const float Calm = 0.12f;

    /// <summary>At most this many rings are drawn in a frame, the newest first.</summary>
    private const int MaxDrops = 64;

    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>Closed form: drop k falls at k / rate seconds at a point hashed from k; its ring is a wave packet at radius age · speed.</summary>
    private sealed class Executor(RippleField p, FieldSetup setup) : IValueField
    {
        private readonly float _halfHeight = setup.Grid.HalfHeight;
        private readonly float _halfWidth = setup.Grid.HalfWidth;

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Fill(Calm);
            var grid = setup.Grid;
            double t = time.Time;
            var newest = (long)Math.Floor(t * p.Rate);
            var oldest = Math.Max(newest - MaxDrops, (long)Math.Floor((t - p.Lifetime) * p.Rate));
            var crest = 1.2f / p.Wavelength;
            var width = 2.2f * p.Wavelength;
            var inverseWidth = 1f / (width * width);
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var k = newest; k > oldest; k--)
            {
                var age = (float)(t - k / (double)p.Rate);
                if (age < 0 || age >= p.Lifetime)
                {
                    continue;
                }

                var h = Hash.Combine(setup.Seed, (uint)k, (uint)(k >> 32));
                var cx = (Hash.Unit(h, 1) * 2f - 1f) * _halfWidth * 0.9f;
                var cy = (Hash.Unit(h, 2) * 2f - 1f) * _halfHeight * 0.9f;
                var radius = age * p.Speed * _halfHeight;
                var life = 1f - age / p.Lifetime;
                var strength = 0.9f * life * life;
                var reach = radius + 2.5f * width;
                var inner = MathF.Max(0, radius - 2.5f * width);
                for (var i = 0; i < values.Length; i++)
                {
                    var x = dx[i] - cx;
                    var y = dy[i] - cy;
                    var d2 = x * x + y * y;
                    if (d2 > reach * reach || d2 < inner * inner)
                    {
                        continue;
                    }

                    var offset = MathF.Sqrt(d2) - radius;
                    values[i] += strength * DetMath.Cos(offset * crest * DetMath.Pi) * DetMath.Exp(-offset * offset * inverseWidth);
                }
            }

            for (var i = 0; i < values.Length; i++)
            {
                values[i] = DetMath.Clamp01(values[i]);
            }
        }
    }
}
