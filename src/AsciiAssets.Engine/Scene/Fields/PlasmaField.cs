using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("plasma", "Classic plasma: four interfering sine waves over position and distance.")]
public sealed record PlasmaField(
    [Doc("Spatial frequency; larger gives smaller blobs.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Animation speed.")][Range(0, 20)] float Speed = 1f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(PlasmaField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time * p.Speed;
            var k = 0.08f * p.Scale;
            var i = 0;
            if (DetMath.VectorSinAccelerated)
            {
                // Eight cells at a time, each lane the same operations as the scalar loop below: the same bits.
                var tv = Vector256.Create(t);
                var kv = Vector256.Create(k);
                for (; i + 8 <= values.Length; i += 8)
                {
                    var x = Vector256.Create<float>(grid.Dx.AsSpan(i)) * kv;
                    var y = Vector256.Create<float>(grid.Dy.AsSpan(i)) * kv;
                    var distance = Vector256.Create<float>(grid.Distance.AsSpan(i));
                    var v = DetMath.Sin(x + tv)
                        + DetMath.Sin(y * 1.3f - tv * 0.7f)
                        + DetMath.Sin((x + y) * 0.7f + tv * 1.3f)
                        + DetMath.Sin(distance * kv * 1.5f - tv * 1.1f);
                    (v * 0.125f + Vector256.Create(0.5f)).CopyTo(values[i..]);
                }
            }

            for (; i < values.Length; i++)
            {
                var x = grid.Dx[i] * k;
                var y = grid.Dy[i] * k;
                var v = DetMath.Sin(x + t)
                    + DetMath.Sin(y * 1.3f - t * 0.7f)
                    + DetMath.Sin((x + y) * 0.7f + t * 1.3f)
                    + DetMath.Sin(grid.Distance[i] * k * 1.5f - t * 1.1f);
                values[i] = v * 0.125f + 0.5f;
            }
        }
    }
}
