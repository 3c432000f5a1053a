using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("tunnel", "Flying down a chequered tunnel: depth is 1/distance from the centre, the walls are split into segments.")]
public sealed record TunnelField(
    [Doc("Forward speed, in rings per second.")][Range(-20, 20)] float Speed = 1f,
    [Doc("Segments around the wall.")][Range(1, 64)] int Segments = 8,
    [Doc("Ring spacing; larger packs more rings into the view.")][Range(0.05, 10)] float Depth = 1f,
    [Doc("Turns of twist per ring of depth.")][Range(-4, 4)] float Twist = 0.05f,
    [Doc("Rotation of the whole tunnel, in turns per second.")][Range(-4, 4)] float Rotation = 0.05f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(TunnelField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time;
            var forward = t * p.Speed;
            var spin = t * p.Rotation;
            var segments = (float)p.Segments;
            for (var i = 0; i < values.Length; i++)
            {
                var d = grid.NormalizedDistance[i];
                var depth = 1.2f * p.Depth / (d + 0.05f);
                var u = depth + forward;
                var a = grid.Angle[i] / DetMath.TwoPi + spin + p.Twist * depth;
                var checker = DetMath.Sin(DetMath.TwoPi * u) * DetMath.Cos(DetMath.TwoPi * a * segments);
                // The far end of the tunnel fades to black.
                values[i] = DetMath.Clamp01(0.5f + 0.5f * checker) * DetMath.SmoothStep(DetMath.Clamp01(d * 4f));
            }
        }
    }
}
