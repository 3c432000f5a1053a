using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("tunnel", "Flying down a chequered tunnel: depth is 1/distance from the centre, the walls are split into segments.")]
public sealed record TunnelField(
    [Doc("Forward speed, in rings per second.")][Range(-20, 20)] float Speed = 1f,
    [Doc("Segments around the wall.")][Range(1, 64)] int Segments = 8,
    [Doc("Ring spacing; larger packs more rings into the view.")][Range(0.05, 10)][NotBindable("the depth of every cell is computed once when the field is built")] float Depth = 1f,
    [Doc("Turns of twist per ring of depth.")][Range(-4, 4)] float Twist = 0.05f,
    [Doc("Rotation of the whole tunnel, in turns per second.")][Range(-4, 4)] float Rotation = 0.05f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor : IValueField
    {
        private readonly TunnelField _p;
        private readonly float[] _depth;
        private readonly float[] _turns;
        private readonly float[] _fade;

        public Executor(TunnelField p, FieldSetup setup)
        {
            _p = p;
            var grid = setup.Grid;
            var count = grid.CellCount;
            _depth = new float[count];
            _turns = new float[count];
            _fade = new float[count];
            for (var i = 0; i < count; i++)
            {
                var d = grid.NormalizedDistance[i];
                _depth[i] = 1.2f * p.Depth / (d + 0.05f);
                _turns[i] = grid.Angle[i] / DetMath.TwoPi;
                // The far end of the tunnel fades to black.
                _fade[i] = DetMath.SmoothStep(DetMath.Clamp01(d * 4f));
            }
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var t = time.Time;
            var forward = t * _p.Speed;
            var spin = t * _p.Rotation;
            var segments = (float)_p.Segments;
            for (var i = 0; i < values.Length; i++)
            {
                var u = _depth[i] + forward;
                var a = _turns[i] + spin + _p.Twist * _depth[i];
                var checker = DetMath.Sin(DetMath.TwoPi * u) * DetMath.Cos(DetMath.TwoPi * a * segments);
                values[i] = DetMath.Clamp01(0.5f + 0.5f * checker) * _fade[i];
            }
        }
    }
}
