using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

[Registered("canvas_crossfade", "The finished frames mixed pixel by pixel, the incoming scene's share growing from 0 to 1: both scenes' characters show at once, overlaid.")]
public sealed record CanvasCrossfadeTransition : TransitionParameters
{
    public override ITransition Create(TransitionSetup setup) => new Executor();

    private sealed class Executor : ITransition
    {
        public void Apply(FrameBuffer outgoing, FrameBuffer incoming, float progress, in FrameTime time) =>
            PixelMath.Mix(outgoing.Pixels, incoming.Pixels, (int)(Math.Clamp(progress, 0f, 1f) * 256f + 0.5f));
    }
}
