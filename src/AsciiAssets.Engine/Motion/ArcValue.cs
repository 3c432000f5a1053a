using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Spec;

namespace AsciiAssets.Motion;

/// <summary>
/// <c>{ from: 0.2, to: 0.9, ease: in_out_cubic, start: 1s, end: 3s }</c>: from → to over the scene, eased. Before
/// <paramref name="Start"/> (default the scene's first frame) it holds from, after <paramref name="End"/> (default
/// its last frame) it holds to; both are times inside the scene.
/// </summary>
public sealed record ArcValue(MovingValue From, MovingValue To, Easing Ease, TimeValue? Start, TimeValue? End) : MovingValue
{
    public override float At(in FrameTime time)
    {
        var start = Start?.ToSeconds(time.Fps) ?? 0;
        var end = End?.ToSeconds(time.Fps) ?? (time.SceneFrameCount - 1) / time.Fps;
        var progress = end > start ? DetMath.Clamp01((float)((SceneSeconds(time) - start) / (end - start))) : 0f;
        var from = From.At(time);
        return from + (To.At(time) - from) * Easings.Apply(Ease, progress);
    }

    public override bool UsesFeatures => From.UsesFeatures || To.UsesFeatures;

    internal override void Validate(MotionCheck check, string path)
    {
        From.Validate(check, path + ".from");
        To.Validate(check, path + ".to");
        var start = Start is { } s ? check.Seconds(s, this, "start") : 0;
        var end = End is { } e ? check.Seconds(e, this, "end") : null;
        if (end <= start)
        {
            check.Report(DiagnosticDescriptors.ArcEndsBeforeStart, this, "end", path, End, Start?.ToString() ?? "0s");
        }
    }
}
