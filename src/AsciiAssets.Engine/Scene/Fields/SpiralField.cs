using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("spiral", "Rotating spiral arms winding out from the centre.")]
public sealed record SpiralField(
    [Doc("Number of arms.")][Range(1, 32)] int Arms = 3,
    [Doc("How tightly the arms wind; 0 gives straight spokes, negative winds the other way.")][Range(-10, 10)] float Tightness = 1f,
    [Doc("Rotation speed.")][Range(-20, 20)] float Speed = 1f,
    [Doc("Arm sharpness: 1 is a soft sine, larger gives thin bright arms.")][Range(0.2, 8)] float Sharpness = 1.5f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(SpiralField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var phase = time.Time * p.Speed * 2f;
            var k = 0.25f * p.Tightness;
            var distance = grid.Distance;
            var angle = grid.Angle;
            var sharp = p.Sharpness;
            for (var i = 0; i < values.Length; i++)
            {
                var s = DetMath.Clamp01(0.5f + 0.5f * DetMath.Sin(angle[i] * p.Arms + distance[i] * k - phase));
                values[i] = sharp == 1f ? s : DetMath.Pow(s, sharp);
            }
        }
    }
}
