using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("field", "A value field's values are the coverage (a moving plasma, noise or rings as a mask).")]
public sealed record FieldMask(
    [Doc("The field, a name or a mapping with 'type'.")] FieldParameters Field,
    [Doc("Contrast around 0.5: above 1 the mask's edges get harder.")][Range(0, 50)] float Contrast = 1f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, Field.Create(setup.Field));

    private sealed class Executor(FieldMask p, IValueField field) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            field.Evaluate(time, coverage);
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = DetMath.Clamp01((coverage[i] - 0.5f) * p.Contrast + 0.5f);
            }
        }
    }
}
