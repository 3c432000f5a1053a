using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("mobius", "A Möbius transform z → (z − p) / (1 − p̄·z) of the plane (units of half the grid height): circles stay circles but crowd towards one side, and the point p circles the centre.")]
public sealed record MobiusTransform(
    [Doc("Distance of the point p from the centre; 0 leaves the field as it is, near 1 crowds it hard.")][Range(0, 0.95)] float Strength = 0.5f,
    [Doc("Turns per second p travels around the centre.")][Range(-10, 10)] float Speed = 0.05f,
    [Doc("Angle of p at the start, in turns.")][Range(-10, 10)] float Angle = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfHeight);

    private sealed class Executor(MobiusTransform p, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var angle = (p.Angle + time.Time * p.Speed) * DetMath.TwoPi;
            var pr = p.Strength * DetMath.Cos(angle);
            var pi = p.Strength * DetMath.Sin(angle);
            var inverse = 1f / halfHeight;
            for (var i = 0; i < x.Length; i++)
            {
                var zr = x[i] * inverse;
                var zi = y[i] * inverse;
                // numerator z − p; denominator 1 − conj(p)·z
                var nr = zr - pr;
                var ni = zi - pi;
                var dr = 1f - (pr * zr + pi * zi);
                var di = -(pr * zi - pi * zr);
                var d2 = MathF.Max(dr * dr + di * di, 1e-6f);
                x[i] = (nr * dr + ni * di) / d2 * halfHeight;
                y[i] = (ni * dr - nr * di) / d2 * halfHeight;
            }
        }
    }
}
