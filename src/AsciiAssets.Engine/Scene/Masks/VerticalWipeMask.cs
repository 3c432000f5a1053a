using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("vertical_wipe", "A wipe down the frame: shows nothing at progress 0, everything at 1, from the top (or the bottom, reversed).")]
public sealed record VerticalWipeMask(
    [Doc("0 nothing shows, 1 everything.")][Range(0, 1)] float Progress = 0.5f,
    [Doc("Width of the soft edge as a fraction of the frame's height; 0 is a hard edge.")][Range(0, 1)] float Softness = 0.05f,
    [Doc("Wipe from the bottom instead of the top.")] bool Reverse = false) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(VerticalWipeMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            for (var i = 0; i < coverage.Length; i++)
            {
                var y = MaskMath.Centre(setup.Grid, i).Y;
                coverage[i] = MaskMath.Wipe(p.Reverse ? 1 - y : y, p.Progress, p.Softness);
            }
        }
    }
}
