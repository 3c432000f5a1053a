using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("rings", "Concentric rings travelling outward from the centre, optionally wobbling with the angle.")]
public sealed record RingsField(
    [Doc("Ring density; larger gives more, thinner rings.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Speed the rings travel outward; negative moves them inward.")][Range(-20, 20)] float Speed = 1f,
    [Doc("How far the rings bend with the angle, in radians of phase.")][Range(0, 10)] float Wobble = 0.6f,
    [Doc("Number of bumps around a ring when wobbling.")][Range(0, 32)] int Lobes = 5) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(RingsField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time;
            var k = 0.45f * p.Scale;
            var phase = t * p.Speed * 3f;
            var distance = grid.Distance;
            var angle = grid.Angle;
            for (var i = 0; i < values.Length; i++)
            {
                var bend = p.Wobble * DetMath.Sin(angle[i] * p.Lobes + t * 0.7f);
                values[i] = DetMath.Clamp01(0.5f + 0.5f * DetMath.Sin(distance[i] * k - phase + bend));
            }
        }
    }
}
