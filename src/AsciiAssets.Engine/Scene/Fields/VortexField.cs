using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("vortex", "A whirlpool: arms that wind tighter towards the centre and spin around it, dark in the eye.")]
public sealed record VortexField(
    [Doc("Number of arms.")][Range(1, 32)] int Arms = 4,
    [Doc("How much the arms wind up near the centre; negative winds the other way.")][Range(-20, 20)] float Twist = 3f,
    [Doc("Spin speed.")][Range(-20, 20)] float Speed = 1f,
    [Doc("Size of the whirl; larger packs it into a smaller area.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Radius of the dark eye, as a fraction of the half grid height.")][Range(0, 1)] float Eye = 0.08f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(VortexField p, FieldSetup setup) : IValueField
    {
        private readonly float _halfHeight = setup.Grid.HalfHeight;

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var spin = time.Time * p.Speed * 2f;
            var unit = 1f / _halfHeight;
            var eye = MathF.Max(p.Eye, 1e-3f);
            var distance = grid.Distance;
            var angle = grid.Angle;
            for (var i = 0; i < values.Length; i++)
            {
                var r = distance[i] * unit * p.Scale;
                var swirl = angle[i] + p.Twist / (r + 0.35f) + spin;
                var arms = 0.5f + 0.5f * DetMath.Sin(swirl * p.Arms);
                var fade = DetMath.SmoothStep(DetMath.Clamp01(r / (eye * 3f)));
                values[i] = DetMath.Clamp01(arms * fade * (0.55f + 0.45f * DetMath.Clamp01(1.6f - r)));
            }
        }
    }
}
