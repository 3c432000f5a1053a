using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("twist", "Swirls the field: each ring turns by an angle that grows with its distance from the centre, like stirred paint.")]
public sealed record TwistTransform(
    [Doc("Turns at a distance of half the grid height (twice that at the full height).")][Range(-10, 10)] float Amount = 0.3f,
    [Doc("How fast the twist swings back and forth, in cycles per second; 0 holds it still.")][Range(0, 10)] float Speed = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfHeight);

    private sealed class Executor(TwistTransform p, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var amount = p.Speed > 0 ? p.Amount * DetMath.Sin(time.Time * p.Speed * DetMath.TwoPi) : p.Amount;
            var perUnit = amount * DetMath.TwoPi / halfHeight;
            for (var i = 0; i < x.Length; i++)
            {
                var px = x[i];
                var py = y[i];
                var angle = MathF.Sqrt(px * px + py * py) * perUnit;
                var cos = DetMath.Cos(angle);
                var sin = DetMath.Sin(angle);
                x[i] = px * cos - py * sin;
                y[i] = px * sin + py * cos;
            }
        }
    }
}
