using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("horizontal_gradient", "Coverage rises from 0 to 1 across the frame, between two positions.")]
public sealed record HorizontalGradientMask(
    [Doc("Where coverage is 0, across the frame (0 left edge, 1 right edge).")][Range(-2, 3)] float Start = 0f,
    [Doc("Where coverage is 1; before 'start' turns the gradient around.")][Range(-2, 3)] float End = 1f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(HorizontalGradientMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = MaskMath.Ramp(MaskMath.Centre(setup.Grid, i).X, p.Start, p.End);
            }
        }
    }
}
