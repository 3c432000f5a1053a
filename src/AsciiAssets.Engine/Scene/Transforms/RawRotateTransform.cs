using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("raw_rotate", "Turns the field in raw cell units, without correcting for the cells being taller than wide: shapes shear and stretch as they turn, a deliberately off-kilter look.")]
public sealed record RawRotateTransform(
    [Doc("Angle in turns.")][Range(-10, 10)] float Angle = 0.125f,
    [Doc("Turns per second added to the angle.")][Range(-10, 10)] float Speed = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.Aspect);

    private sealed class Executor(RawRotateTransform p, float aspect) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y) =>
            RotateTransform.Executor.Rotate(x, y, (p.Angle + time.Time * p.Speed) * DetMath.TwoPi, aspect);
    }
}
