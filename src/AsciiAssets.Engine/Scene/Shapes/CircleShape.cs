using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

[Registered("circle", "A disc.")]
public sealed record CircleShape(
    [Doc("Radius, in half grid heights.")][Range(0, 10)] float Radius = 0.6f,
    [Doc("Centre, horizontally, in half grid heights from the middle.")][Range(-10, 10)] float CenterX = 0f,
    [Doc("Centre, vertically, in half grid heights from the middle (down is positive).")][Range(-10, 10)] float CenterY = 0f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this);

    private sealed class Executor(CircleShape p) : ISignedDistance
    {
        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            for (var i = 0; i < distance.Length; i++)
            {
                var dx = x[i] - p.CenterX;
                var dy = y[i] - p.CenterY;
                distance[i] = MathF.Sqrt(dx * dx + dy * dy) - p.Radius;
            }
        }
    }
}
