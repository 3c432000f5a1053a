using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

[Registered("triangle", "An equilateral triangle pointing up.")]
public sealed record TriangleShape(
    [Doc("Size: distance from the centre to the middle of a side times √3, in half grid heights.")][Range(0, 10)] float Size = 0.7f,
    [Doc("Centre, horizontally, in half grid heights from the middle.")][Range(-10, 10)] float CenterX = 0f,
    [Doc("Centre, vertically, in half grid heights from the middle (down is positive).")][Range(-10, 10)] float CenterY = 0f) : SdfShape
{
    private const float Root3 = 1.7320508f;

    public override ISignedDistance Create(int cells) => new Executor(this);

    /// <summary>Inigo Quilez's exact equilateral triangle distance, with y flipped so it points up on screen.</summary>
    private sealed class Executor(TriangleShape p) : ISignedDistance
    {
        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            var r = p.Size;
            for (var i = 0; i < distance.Length; i++)
            {
                var px = MathF.Abs(x[i] - p.CenterX) - r;
                var py = -(y[i] - p.CenterY) + r / Root3;
                if (px + Root3 * py > 0)
                {
                    (px, py) = ((px - Root3 * py) * 0.5f, (-Root3 * px - py) * 0.5f);
                }

                px -= Math.Clamp(px, -2f * r, 0f);
                var length = MathF.Sqrt(px * px + py * py);
                distance[i] = py < 0 ? length : -length;
            }
        }
    }
}
