using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("horizontal_wipe", "A wipe across the frame: shows nothing at progress 0, everything at 1, from the left (or the right, reversed).")]
public sealed record HorizontalWipeMask(
    [Doc("0 nothing shows, 1 everything.")][Range(0, 1)] float Progress = 0.5f,
    [Doc("Width of the soft edge as a fraction of the frame's width; 0 is a hard edge.")][Range(0, 1)] float Softness = 0.05f,
    [Doc("Wipe from the right instead of the left.")] bool Reverse = false) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(HorizontalWipeMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            for (var i = 0; i < coverage.Length; i++)
            {
                var x = MaskMath.Centre(setup.Grid, i).X;
                coverage[i] = MaskMath.Wipe(p.Reverse ? 1 - x : x, p.Progress, p.Softness);
            }
        }
    }
}
