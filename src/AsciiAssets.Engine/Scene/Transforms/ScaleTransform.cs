using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("scale", "Zooms the field about the grid centre: 2 shows it twice as large, 0.5 half as large; x and y can differ.")]
public sealed record ScaleTransform(
    [Doc("Zoom factor; above 1 magnifies.")][Range(0.01, 100)] float Zoom = 2f,
    [Doc("Extra horizontal stretch, multiplied with the zoom.")][Range(0.01, 100)] float StretchX = 1f,
    [Doc("Extra vertical stretch, multiplied with the zoom.")][Range(0.01, 100)] float StretchY = 1f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this);

    private sealed class Executor(ScaleTransform p) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var sx = 1f / (p.Zoom * p.StretchX);
            var sy = 1f / (p.Zoom * p.StretchY);
            for (var i = 0; i < x.Length; i++)
            {
                x[i] *= sx;
                y[i] *= sy;
            }
        }
    }
}
