using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Scene.Fields;

[Registered("plasma", "Classic plasma: four interfering sine waves over position and distance.")]
public sealed record PlasmaField(
    [Doc("Spatial frequency; larger gives smaller blobs.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("Animation speed.")][Range(0, 20)] float Speed = 1f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(PlasmaField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time * p.Speed;
            var k = 0.08f * p.Scale;
            for (var i = 0; i < values.Length; i++)
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
