using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("value_noise", "Smooth random blobs (lattice value noise) that morph over time.")]
public sealed record ValueNoiseField(
    [Doc("Spatial frequency; larger gives smaller blobs.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("How fast the blobs morph.")][Range(0, 20)] float Speed = 0.5f,
    [Doc("Contrast around mid-grey; 1 leaves the noise as is.")][Range(0.1, 5)] float Contrast = 1.3f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(ValueNoiseField p, FieldSetup setup) : IValueField
    {
        private readonly uint _seed = setup.Seed;

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var z = time.Time * p.Speed;
            var k = 0.12f * p.Scale;
            var dx = grid.Dx;
            var dy = grid.Dy;
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Eight cells at a time with the same steps as the loop below: the same bits.
                for (; i + 8 <= values.Length; i += 8)
                {
                    var x = Vector256.Create<float>(dx.AsSpan(i)) * k;
                    var y = Vector256.Create<float>(dy.AsSpan(i)) * k;
                    Noise.Contrast(Noise.Value(_seed, x, y, z), p.Contrast).CopyTo(values[i..]);
                }
            }

            for (; i < values.Length; i++)
            {
                values[i] = Noise.Contrast(Noise.Value(_seed, dx[i] * k, dy[i] * k, z), p.Contrast);
            }
        }
    }
}
