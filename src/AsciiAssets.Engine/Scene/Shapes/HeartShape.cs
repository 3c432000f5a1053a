using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

[Registered("heart", "A heart.")]
public sealed record HeartShape(
    [Doc("Height from the tip to the top of the lobes, in half grid heights.")][Range(0, 10)] float Size = 1.2f,
    [Doc("Centre, horizontally, in half grid heights from the middle.")][Range(-10, 10)] float CenterX = 0f,
    [Doc("Centre, vertically, in half grid heights from the middle (down is positive).")][Range(-10, 10)] float CenterY = 0f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this);

    /// <summary>Inigo Quilez's heart (tip at 0, lobes up to about 1), scaled and centred, y flipped for the screen.</summary>
    private sealed class Executor(HeartShape p) : ISignedDistance
    {
        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            var size = MathF.Max(p.Size, 1e-6f);
            var inverse = 1f / size;
            for (var i = 0; i < distance.Length; i++)
            {
                var px = MathF.Abs(x[i] - p.CenterX) * inverse;
                var py = -(y[i] - p.CenterY) * inverse + 0.5f;
                float d;
                if (py + px > 1f)
                {
                    var ax = px - 0.25f;
                    var ay = py - 0.75f;
                    d = MathF.Sqrt(ax * ax + ay * ay) - 0.35355339f;
                }
                else
                {
                    var top = px * px + (py - 1f) * (py - 1f);
                    var m = 0.5f * MathF.Max(px + py, 0);
                    var side = (px - m) * (px - m) + (py - m) * (py - m);
                    d = MathF.Sqrt(MathF.Min(top, side)) * (px - py > 0 ? 1f : -1f);
                }

                distance[i] = d * size;
            }
        }
    }
}
