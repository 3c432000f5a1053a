using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("skew", "Shears the field: rows slide sideways in proportion to their height (x), columns up and down in proportion to their position (y).")]
public sealed record SkewTransform(
    [Doc("Horizontal shear: how far x moves per unit of y.")][Range(-10, 10)] float X = 0.4f,
    [Doc("Vertical shear: how far y moves per unit of x.")][Range(-10, 10)] float Y = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this);

    private sealed class Executor(SkewTransform p) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            for (var i = 0; i < x.Length; i++)
            {
                var px = x[i];
                var py = y[i];
                x[i] = px + p.X * py;
                y[i] = py + p.Y * px;
            }
        }
    }
}
