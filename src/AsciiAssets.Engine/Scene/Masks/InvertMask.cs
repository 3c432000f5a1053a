using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("invert", "Shows what another mask hides.")]
public sealed record InvertMask(
    [Doc("The mask to invert.")] MaskParameters Mask) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(Mask.Create(setup));

    private sealed class Executor(IMask inner) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            inner.Evaluate(time, values, coverage);
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = 1f - coverage[i];
            }
        }
    }
}
