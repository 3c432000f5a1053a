using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("inverse_polar", "Unrolls the field: the grid's width becomes the angle around the field's centre and its height the distance from it, so rings become stripes.")]
public sealed record InversePolarTransform(
    [Doc("Distance from the centre at the top row, as a fraction of the half grid height.")][Range(0, 4)] float Inner = 0.05f,
    [Doc("Distance from the centre at the bottom row, as a fraction of the half grid height.")][Range(0.01, 8)] float Outer = 1.2f,
    [Doc("Turns per second the unrolled strip scrolls sideways.")][Range(-10, 10)] float Speed = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfWidth, grid.HalfHeight);

    private sealed class Executor(InversePolarTransform p, float halfWidth, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var spin = time.Time * p.Speed;
            for (var i = 0; i < x.Length; i++)
            {
                var angle = (x[i] / halfWidth * 0.5f + spin) * DetMath.TwoPi;
                var down = y[i] / halfHeight * 0.5f + 0.5f; // 0 at the top row, 1 at the bottom
                var radius = (p.Inner + (p.Outer - p.Inner) * down) * halfHeight;
                x[i] = radius * DetMath.Cos(angle);
                y[i] = radius * DetMath.Sin(angle);
            }
        }
    }
}
