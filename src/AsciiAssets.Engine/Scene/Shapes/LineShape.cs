using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

[Registered("line", "A straight stroke between two points, with round ends.")]
public sealed record LineShape(
    [Doc("Start, horizontally, in half grid heights from the middle.")][Range(-10, 10)] float X1 = -0.8f,
    [Doc("Start, vertically (down is positive).")][Range(-10, 10)] float Y1 = 0.4f,
    [Doc("End, horizontally.")][Range(-10, 10)] float X2 = 0.8f,
    [Doc("End, vertically.")][Range(-10, 10)] float Y2 = -0.4f,
    [Doc("Stroke thickness, in half grid heights.")][Range(0, 10)] float Thickness = 0.1f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this);

    private sealed class Executor(LineShape p) : ISignedDistance
    {
        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            var bx = p.X2 - p.X1;
            var by = p.Y2 - p.Y1;
            var inverseLength2 = 1f / MathF.Max(bx * bx + by * by, 1e-12f);
            for (var i = 0; i < distance.Length; i++)
            {
                var ax = x[i] - p.X1;
                var ay = y[i] - p.Y1;
                var h = Math.Clamp((ax * bx + ay * by) * inverseLength2, 0f, 1f);
                var dx = ax - bx * h;
                var dy = ay - by * h;
                distance[i] = MathF.Sqrt(dx * dx + dy * dy) - p.Thickness * 0.5f;
            }
        }
    }
}
