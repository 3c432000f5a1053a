using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("rotate", "Turns the field about the grid centre, by a fixed angle and/or steadily; circles stay round.")]
public sealed record RotateTransform(
    [Doc("Angle in turns (0.25 is a quarter turn, counter-clockwise on screen).")][Range(-10, 10)] float Angle = 0.125f,
    [Doc("Turns per second added to the angle.")][Range(-10, 10)] float Speed = 0f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, 1f);

    /// <summary>Shared with raw_rotate, which turns in unstretched cell units.</summary>
    internal sealed class Executor(RotateTransform p, float aspect) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y) => Rotate(x, y, (p.Angle + time.Time * p.Speed) * DetMath.TwoPi, aspect);

        /// <summary>Rotates each (x, y / aspect) by −angle (so the picture turns by +angle) and scales y back.</summary>
        public static void Rotate(Span<float> x, Span<float> y, float angle, float aspect)
        {
            var cos = DetMath.Cos(angle);
            var sin = DetMath.Sin(angle);
            var inverse = 1f / aspect;
            for (var i = 0; i < x.Length; i++)
            {
                var px = x[i];
                var py = y[i] * inverse;
                x[i] = px * cos + py * sin;
                y[i] = (py * cos - px * sin) * aspect;
            }
        }
    }
}
