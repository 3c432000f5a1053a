using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

/// <summary>
/// A seamless loop: the frames just before the video's start (its first scene at negative times) are rendered and
/// cross-faded into the last <see cref="Crossfade"/> of the video, so the last frame is the one right before frame 0.
/// </summary>
[BooleanShorthand]
public sealed record LoopSpec(
    [Doc("How long the end cross-fades into the frames before the start; at most half the video. Defaults to 1s.")] TimeValue? Crossfade = null)
{
    public static readonly TimeValue DefaultCrossfade = TimeValue.FromSeconds(1);

    /// <summary>The cross-fade in frames at a frame rate, at least one.</summary>
    public int CrossfadeFrames(double fps) => Math.Max(1, (Crossfade ?? DefaultCrossfade).ToFrameIndex(fps));
}
