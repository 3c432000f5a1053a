using AsciiAssets.Plan;

namespace AsciiAssets.Encode.Outputs;

/// <summary>A smaller copy of the video's frames: the width asked for (never above the video's) and the height that keeps the aspect.</summary>
public readonly record struct ScaledSize(int Width, int Height)
{
    /// <param name="even">Round the height to even, for encoders that take 4:2:0.</param>
    public static ScaledSize Of(RenderPlan plan, int? width, bool even = false)
    {
        var w = Math.Min(width ?? plan.Width, plan.Width);
        var h = Math.Max(1, (int)Math.Round((double)w * plan.Height / plan.Width, MidpointRounding.AwayFromZero));
        if (even)
        {
            w -= w % 2;
            h += h % 2;
        }

        return new ScaledSize(w, h);
    }

    /// <summary>Pixels per second of a kind that keeps every n-th frame of the video to reach <paramref name="fps"/>.</summary>
    public double PixelsPerSecond(RenderPlan plan, double fps) => (double)Width * Height * plan.Fps / OutputWork.Step(plan.Fps, fps);

    /// <summary>The scale filter for this size (Lanczos: thin glyph strokes stay crisp when frames shrink); nothing when the size is the video's.</summary>
    public string Filter(RenderPlan plan) =>
        Width == plan.Width && Height == plan.Height ? string.Empty : FormattableString.Invariant($"scale={Width}:{Height}:flags=lanczos,");

    /// <summary>
    /// <see cref="Filter"/> for frames that keep a transparent spec's alpha: scaled premultiplied, so the black of
    /// transparent pixels does not bleed into the glyph edges as a dark fringe, then straight again.
    /// </summary>
    public string AlphaFilter(RenderPlan plan) =>
        plan.Transparent && Filter(plan) is { Length: > 0 } scale ? $"premultiply=inplace=1,{scale}unpremultiply=inplace=1," : Filter(plan);
}
