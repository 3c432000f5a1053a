using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

[Registered("box", "A rectangle, optionally with rounded corners.")]
public sealed record BoxShape(
    [Doc("Half the width, in half grid heights.")][Range(0, 10)] float Width = 0.8f,
    [Doc("Half the height, in half grid heights.")][Range(0, 10)] float Height = 0.5f,
    [Doc("Corner radius, in half grid heights.")][Range(0, 10)] float Corner = 0f,
    [Doc("Centre, horizontally, in half grid heights from the middle.")][Range(-10, 10)] float CenterX = 0f,
    [Doc("Centre, vertically, in half grid heights from the middle (down is positive).")][Range(-10, 10)] float CenterY = 0f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this);

    private sealed class Executor(BoxShape p) : ISignedDistance
    {
        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            var corner = MathF.Min(p.Corner, MathF.Min(p.Width, p.Height));
            for (var i = 0; i < distance.Length; i++)
            {
                var qx = MathF.Abs(x[i] - p.CenterX) - p.Width + corner;
                var qy = MathF.Abs(y[i] - p.CenterY) - p.Height + corner;
                var ox = MathF.Max(qx, 0);
                var oy = MathF.Max(qy, 0);
                distance[i] = MathF.Sqrt(ox * ox + oy * oy) + MathF.Min(MathF.Max(qx, qy), 0) - corner;
            }
        }
    }
}
