using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("fisheye", "A lens: positive strength bulges the middle of the field towards you, negative pinches it away.")]
public sealed record FisheyeTransform(
    [Doc("Lens strength: 0 none, positive bulges the centre, negative pinches it.")][Range(-0.9, 4)] float Strength = 0.8f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfHeight);

    private sealed class Executor(FisheyeTransform p, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var inverse = 1f / halfHeight;
            var exponent = p.Strength;
            for (var i = 0; i < x.Length; i++)
            {
                // r' = r · (r / R)^strength: the same edge at R, the middle looked up nearer the centre.
                var r = MathF.Sqrt(x[i] * x[i] + y[i] * y[i]) * inverse;
                var factor = r > 0 ? DetMath.Pow(r, exponent) : 0f;
                x[i] *= factor;
                y[i] *= factor;
            }
        }
    }
}
