using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

[Registered("star", "A five-pointed star.")]
public sealed record StarShape(
    [Doc("Distance from the centre to a point, in half grid heights.")][Range(0, 10)] float Radius = 0.7f,
    [Doc("How deep the notches between the points are: small values give thin spikes.")][Range(0.05, 1)] float Inner = 0.45f,
    [Doc("Centre, horizontally, in half grid heights from the middle.")][Range(-10, 10)] float CenterX = 0f,
    [Doc("Centre, vertically, in half grid heights from the middle (down is positive).")][Range(-10, 10)] float CenterY = 0f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this);

    /// <summary>Inigo Quilez's five-point star: fold the plane into one point's wedge, then the distance to its edge.</summary>
    private sealed class Executor(StarShape p) : ISignedDistance
    {
        private const float K1x = 0.809016994f;
        private const float K1y = -0.587785252f;

        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            var r = p.Radius;
            var bax = p.Inner * -K1y;
            var bay = p.Inner * K1x - 1f;
            var inverse = 1f / (bax * bax + bay * bay);
            for (var i = 0; i < distance.Length; i++)
            {
                var px = MathF.Abs(x[i] - p.CenterX);
                var py = -(y[i] - p.CenterY);
                var d1 = 2f * MathF.Max(K1x * px + K1y * py, 0);
                px -= d1 * K1x;
                py -= d1 * K1y;
                var d2 = 2f * MathF.Max(-K1x * px + K1y * py, 0);
                px -= d2 * -K1x;
                py -= d2 * K1y;
                px = MathF.Abs(px);
                py -= r;
                var h = Math.Clamp((px * bax + py * bay) * inverse, 0f, r);
                var dx = px - bax * h;
                var dy = py - bay * h;
                var length = MathF.Sqrt(dx * dx + dy * dy);
                distance[i] = py * bax - px * bay > 0 ? length : -length;
            }
        }
    }
}
