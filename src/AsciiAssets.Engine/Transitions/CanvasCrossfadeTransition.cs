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
        public void Apply(FrameBuffer outgoing, FrameBuffer incoming, float progress, in FrameTime time)
        {
            var weight = (int)(Math.Clamp(progress, 0f, 1f) * 256f + 0.5f);
            PixelMath.Mix(outgoing.Pixels, incoming.Pixels, weight);

            // Premultiplied colour and alpha mixed by one weight mix the frames as they would look over any background:
            // where one scene is transparent the other shows, faded by its share. An opaque frame's alpha is empty.
            PixelMath.Mix(outgoing.Alpha, incoming.Alpha, weight);
        }
    }
}
