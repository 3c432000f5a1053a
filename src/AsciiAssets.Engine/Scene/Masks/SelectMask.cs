using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("select", "Cells whose value lies in a range show: the layer's own values (the bright parts of an image), or a field's.")]
public sealed record SelectMask(
    [Doc("The lowest value shown.")][Range(0, 1)] float Min = 0.5f,
    [Doc("The highest value shown.")][Range(0, 1)] float Max = 1f,
    [Doc("Width of the soft edge at both ends, in value.")][Range(0, 1)] float Softness = 0.05f,
    [Doc("A field whose values are selected instead of the layer's.")] FieldParameters? Field = null) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, Field?.Create(setup.Field), new float[setup.Grid.CellCount]);

    private sealed class Executor(SelectMask p, IValueField? field, float[] own) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            ReadOnlySpan<float> selected = values;
            if (field is not null)
            {
                field.Evaluate(time, own);
                selected = own;
            }

            for (var i = 0; i < coverage.Length; i++)
            {
                var v = selected[i];
                coverage[i] = MathF.Min(MaskMath.Edge(v - p.Min, p.Softness), MaskMath.Edge(p.Max - v, p.Softness));
            }
        }
    }
}
