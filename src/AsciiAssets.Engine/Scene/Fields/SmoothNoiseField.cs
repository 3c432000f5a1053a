using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("smooth_noise", "Soft rolling noise made of sine waves in random directions, octave over octave: smoother and rounder than lattice noise, with no grid artefacts.")]
public sealed record SmoothNoiseField(
    [Doc("Spatial frequency of the first octave; larger gives smaller blobs.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("How fast the waves travel.")][Range(0, 20)] float Speed = 0.6f,
    [Doc("Octaves of three waves each; each octave doubles the frequency and halves the amplitude.")][Range(1, SmoothNoiseField.MaxOctaves)] int Octaves = 3) : FieldParameters
{
    internal const int MaxOctaves = 6;
    private const int WavesPerOctave = 3;

    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor : IValueField
    {
        private readonly SmoothNoiseField _p;
        private readonly FieldSetup _setup;

        // Each wave's direction (cos, sin) and phase, hashed from the seed once.
        private readonly float[] _cos = new float[MaxOctaves * WavesPerOctave];
        private readonly float[] _sin = new float[MaxOctaves * WavesPerOctave];
        private readonly float[] _phase = new float[MaxOctaves * WavesPerOctave];

        public Executor(SmoothNoiseField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            for (var w = 0; w < _cos.Length; w++)
            {
                var angle = Hash.Unit(setup.Seed, (uint)w, 1) * DetMath.TwoPi;
                _cos[w] = DetMath.Cos(angle);
                _sin[w] = DetMath.Sin(angle);
                _phase[w] = Hash.Unit(setup.Seed, (uint)w, 2) * DetMath.TwoPi;
            }
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = _setup.Grid;
            var t = time.Time * _p.Speed;
            var octaves = Math.Clamp(_p.Octaves, 1, MaxOctaves);
            var k = 0.09f * _p.Scale;
            float norm = 0;
            float amplitude = 1;
            for (var o = 0; o < octaves; o++, amplitude *= 0.5f)
            {
                norm += amplitude * WavesPerOctave;
            }

            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                var x = dx[i] * k;
                var y = dy[i] * k;
                float sum = 0;
                float a = 1;
                float f = 1;
                for (var o = 0; o < octaves; o++)
                {
                    for (var w = o * WavesPerOctave; w < (o + 1) * WavesPerOctave; w++)
                    {
                        sum += a * DetMath.Sin((x * _cos[w] + y * _sin[w]) * f + _phase[w] + t * (1f + 0.3f * w));
                    }

                    a *= 0.5f;
                    f *= 2f;
                }

                values[i] = DetMath.Clamp01(0.5f + 0.75f * sum / norm);
            }
        }
    }
}
