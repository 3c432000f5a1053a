using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("polar", "Wraps the field around the centre: its horizontal axis runs around the circle and its vertical axis outward, so stripes become rings or spokes.")]
public sealed record PolarTransform(
    [Doc("How many times the field's width goes around the circle.")][Range(0.1, 32)] float Repeat = 1f,
    [Doc("Turns per second the wrapped field spins.")][Range(-10, 10)] float Speed = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfWidth, grid.HalfHeight);

    private sealed class Executor(PolarTransform p, float halfWidth, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var spin = time.Time * p.Speed * 2f;
            for (var i = 0; i < x.Length; i++)
            {
                var angle = DetMath.Atan2(y[i], x[i]) / DetMath.Pi;
                var radius = MathF.Sqrt(x[i] * x[i] + y[i] * y[i]);
                x[i] = DetMath.Fract((angle + spin) * p.Repeat * 0.5f) * 2f * halfWidth - halfWidth;
                y[i] = radius * 2f - halfHeight;
            }
        }
    }
}
