using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Encode.Outputs;

[Registered("gif", "Animated GIF, where a video element cannot go (READMEs, chat): one palette for the whole clip (palettegen, then paletteuse), smaller and slower than the video by default. A GIF is many times the bytes of the same WebM or MP4.")]
public sealed record GifOutput(
    [Doc("Width in pixels (the height keeps the aspect); at most the video's width.")][Range(16, 3840)] int Width = 480,
    [Doc("Frames per second, reached by keeping every n-th frame of the video (24 fps at 12 keeps every second).")][Range(1, 50)] double Fps = 12,
    [Doc("How colours between palette entries are mixed: sierra (error diffusion, the smoothest), floyd_steinberg, bayer (an ordered pattern that compresses better) or none (flat bands, the smallest).")] GifDither Dither = GifDither.Sierra,
    [Doc("Loop forever (true) or play once.")] bool Loop = true) : OutputKind
{
    /// <summary>
    /// Mbit/s per profile at the default 480x270 and 12 fps (a GIF of another size or rate scales it by its pixels per
    /// second). ffmpeg's GIF encoder has no rate control: what bounds a GIF is its width, fps, one palette and the
    /// dither, so this budget is what those defaults measured on the samples, and the check warns above it.
    /// </summary>
    public static readonly SizeBudget Budget = new(Draft: 12, Preview: 12, Production: 12, Max: 12);

    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.LosslessFrames(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Stem(plan) + ".gif" };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        var size = ScaledSize.Of(plan, Width);
        var step = OutputWork.Step(plan.Fps, Fps);
        await work.RunOnFramesAsync(EncodeArguments(plan).Concat(new[] { "-y", FfmpegUrl.File(path) }).ToArray(), $"writing {name}", path, token).ConfigureAwait(false);
        var frames = work.FramesAtStep(step);
        // GIF delays are whole centiseconds: each frame may be off by half of one.
        var expected = new MediaExpectation("gif", "gif", null, size.Width, size.Height, frames, plan.DurationSeconds, 0.005 * frames + 1 / plan.Fps);
        await OutputCheck.VerifyAsync(work.Ffmpeg, path, name, expected, token).ConfigureAwait(false);
        work.CheckBudget(this, name, new FileInfo(path).Length, BudgetFor(plan));
    }

    /// <summary>Everything after the frames input: the frames kept, the scale, the palette passes and the loop flag.</summary>
    internal IReadOnlyList<string> EncodeArguments(RenderPlan plan)
    {
        // stats_mode=diff gives the palette to what moves, where ASCII art keeps its detail.
        var filter = $"{OutputWork.Select(OutputWork.Step(plan.Fps, Fps))}{SegmentTrack.Flatten(plan, matte: null)}{ScaledSize.Of(plan, Width).Filter(plan)}split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither={DitherName}";
        return new[] { "-filter_complex", filter, "-fps_mode", "passthrough", "-loop", Loop ? "0" : "-1" };
    }

    internal double BudgetFor(RenderPlan plan) => Budget.MbitPerSecond(plan.Profile.Name, ScaledSize.Of(plan, Width).PixelsPerSecond(plan, Fps), 480 * 270 * 12);

    private string DitherName => Dither switch
    {
        GifDither.Sierra => "sierra2_4a",
        GifDither.FloydSteinberg => "floyd_steinberg",
        GifDither.Bayer => "bayer",
        _ => "none",
    };
}

public enum GifDither
{
    Sierra,
    FloydSteinberg,
    Bayer,
    None,
}
