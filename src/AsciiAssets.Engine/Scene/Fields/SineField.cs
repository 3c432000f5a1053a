using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("sine_field", "Crossed sine waves along x and y, drifting against each other, with a diagonal wave for variety.")]
public sealed record SineField(
    [Doc("Waves per cell along x, in radians per cell width.")][Range(0.001, 5)] float FrequencyX = 0.12f,
    [Doc("Waves per cell along y, in radians per cell width (rows are aspect-corrected).")][Range(0.001, 5)] float FrequencyY = 0.18f,
    [Doc("Animation speed.")][Range(0, 20)] float Speed = 1f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(SineField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time * p.Speed;
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                var x = dx[i] * p.FrequencyX;
                var y = dy[i] * p.FrequencyY;
                var cross = DetMath.Sin(x + t) * DetMath.Cos(y - t * 0.8f);
                var diagonal = DetMath.Sin((x + y) * 0.5f + t * 0.6f);
                values[i] = DetMath.Clamp01(0.5f + 0.38f * cross + 0.12f * diagonal);
            }
        }
    }
}
