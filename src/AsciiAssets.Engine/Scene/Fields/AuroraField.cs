using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("aurora", "Northern lights: wavy curtains with a bright lower hem and rays fading upward, swaying slowly.")]
public sealed record AuroraField(
    [Doc("Number of curtains.")][Range(1, AuroraField.MaxCurtains)] int Curtains = 2,
    [Doc("How far the rays reach above the hem, as a fraction of the grid height.")][Range(0.02, 2)] float Height = 0.35f,
    [Doc("How fast the curtains sway.")][Range(0, 20)] float Speed = 0.4f,
    [Doc("Folds across the width; larger gives more, tighter folds.")][Range(0.05, 10)] float Scale = 1f,
    [Doc("Strength of the vertical ray streaks.")][Range(0, 1)] float Rays = 0.6f) : FieldParameters
{
    internal const int MaxCurtains = 4;

    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor : IValueField
    {
        private readonly AuroraField _p;
        private readonly FieldSetup _setup;
        private readonly float _halfHeight;
        private readonly float[] _phase = new float[MaxCurtains * 3];

        public Executor(AuroraField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            _halfHeight = setup.Grid.HalfHeight;
            for (var j = 0; j < _phase.Length; j++)
            {
                _phase[j] = Hash.Unit(setup.Seed, (uint)j) * DetMath.TwoPi;
            }
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = _setup.Grid;
            var t = time.Time * _p.Speed;
            var curtains = Math.Clamp(_p.Curtains, 1, MaxCurtains);
            var unit = 1f / _halfHeight;
            var k = 0.045f * _p.Scale;
            var reach = _p.Height * 2f;
            for (var i = 0; i < values.Length; i++)
            {
                var y = grid.Dy[i] * unit;
                var x = grid.Dx[i] * k;
                float v = 0;
                for (var n = 0; n < curtains; n++)
                {
                    // The hem (−1 top … 1 bottom) sways along x; each curtain hangs a little lower than the last.
                    var baseline = curtains > 1 ? 0.05f + 0.35f * n / (curtains - 1) : 0.2f;
                    var hem = baseline
                        + 0.22f * DetMath.Sin(x * 1.3f + t + _phase[3 * n])
                        + 0.1f * DetMath.Sin(x * 3.1f - t * 1.7f + _phase[3 * n + 1]);
                    var above = hem - y;
                    var glow = above >= 0 ? DetMath.Exp(-above / reach) : DetMath.Exp(above * 18f);
                    var rays = 1f - _p.Rays * (0.5f + 0.5f * DetMath.Sin(x * 17f * _p.Scale + DetMath.Sin(x * 5f + t * 0.8f + _phase[3 * n + 2]) * 2f));
                    v = MathF.Max(v, glow * rays * (1f - 0.2f * n));
                }

                values[i] = DetMath.Clamp01(v);
            }
        }
    }
}
