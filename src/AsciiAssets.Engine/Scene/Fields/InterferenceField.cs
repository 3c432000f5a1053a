using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("interference", "Circular waves from a few wandering point sources, adding up and cancelling out: moiré-like interference fringes.")]
public sealed record InterferenceField(
    [Doc("Number of wave sources.")][Range(1, InterferenceField.MaxSources)] int Sources = 3,
    [Doc("Wave density; larger gives narrower fringes.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Speed the waves travel outward.")][Range(-20, 20)] float Speed = 1f,
    [Doc("How far the sources wander, as a fraction of the half grid height.")][Range(0, 2)] float Wander = 0.5f,
    [Doc("How fast the sources wander.")][Range(0, 10)] float Drift = 0.15f) : FieldParameters
{
    internal const int MaxSources = 8;

    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor : IValueField
    {
        private readonly InterferenceField _p;
        private readonly FieldSetup _setup;
        private readonly float _halfHeight;
        private readonly float[] _phase = new float[MaxSources * 2];
        private readonly float[] _rate = new float[MaxSources * 2];
        private readonly float[] _sourceX = new float[MaxSources];
        private readonly float[] _sourceY = new float[MaxSources];

        public Executor(InterferenceField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            _halfHeight = setup.Grid.HalfHeight;
            for (var j = 0; j < _phase.Length; j++)
            {
                _phase[j] = Hash.Unit(setup.Seed, (uint)j, 1) * DetMath.TwoPi;
                _rate[j] = 0.6f + 0.8f * Hash.Unit(setup.Seed, (uint)j, 2);
            }
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = _setup.Grid;
            var t = time.Time;
            var sources = Math.Clamp(_p.Sources, 1, MaxSources);
            var reach = _p.Wander * _halfHeight;
            var drift = t * _p.Drift;
            for (var s = 0; s < sources; s++)
            {
                // Lissajous paths: each source on its own two rates.
                _sourceX[s] = reach * 1.4f * DetMath.Sin(drift * _rate[2 * s] + _phase[2 * s]);
                _sourceY[s] = reach * DetMath.Sin(drift * _rate[2 * s + 1] + _phase[2 * s + 1]);
            }

            var k = 0.5f * _p.Scale;
            var phase = t * _p.Speed * 3f;
            var scale = 0.5f / sources;
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                float sum = 0;
                for (var s = 0; s < sources; s++)
                {
                    var x = dx[i] - _sourceX[s];
                    var y = dy[i] - _sourceY[s];
                    sum += DetMath.Sin(MathF.Sqrt(x * x + y * y) * k - phase);
                }

                values[i] = DetMath.Clamp01(0.5f + sum * scale);
            }
        }
    }
}
