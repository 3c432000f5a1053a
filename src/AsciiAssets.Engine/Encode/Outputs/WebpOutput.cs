using AsciiAssets.Plan;
using AsciiAssets.Registry;
using SkiaSharp;

namespace AsciiAssets.Encode.Outputs;

[Registered("webp", "Animated WebP (libwebp): where a GIF would go, with full colour and a fraction of its bytes; every current browser shows it in an <img>.")]
public sealed record WebpOutput(
    [Doc("Width in pixels (the height keeps the aspect); at most the video's width.")][Range(16, 3840)] int Width = 640,
    [Doc("Frames per second, reached by keeping every n-th frame of the video.")][Range(1, 60)] double Fps = 12,
    [Doc("libwebp quality, 0–100; higher is better and larger.")][Range(0, 100)] int Quality = 75,
    [Doc("Lossless instead (large, exact pixels).")] bool Lossless = false,
    [Doc("Loop forever (true) or play once.")] bool Loop = true) : OutputKind
{
    /// <summary>
    /// Mbit/s per profile at the default 640x360 and 12 fps (another size or rate scales it by its pixels per second).
    /// ffmpeg's libwebp_anim has no rate control (its quality is per frame): width, fps and quality bound a WebP, so
    /// this budget is what those defaults measured on the samples, and the check warns above it.
    /// </summary>
    public static readonly SizeBudget Budget = new(Draft: 6, Preview: 6, Production: 6, Max: 6);

    public override IReadOnlyList<string> RequiredEncoders => new[] { "libwebp_anim" };

    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.LosslessFrames(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Stem(plan) + ".webp" };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        var size = ScaledSize.Of(plan, Width);
        var step = OutputWork.Step(plan.Fps, Fps);
        await work.RunOnFramesAsync(EncodeArguments(plan).Concat(new[] { "-y", FfmpegUrl.File(path) }).ToArray(), $"writing {name}", path, token).ConfigureAwait(false);
        OutputCheck.VerifyImage(path, name, SKEncodedImageFormat.Webp, size.Width, size.Height, work.FramesAtStep(step));
        work.CheckBudget(this, name, new FileInfo(path).Length, BudgetFor(plan));
    }

    /// <summary>Everything after the frames input: the frames kept, the scale, the encoder and its quality.</summary>
    internal IReadOnlyList<string> EncodeArguments(RenderPlan plan)
    {
        var filter = $"{OutputWork.Select(OutputWork.Step(plan.Fps, Fps))}{SegmentTrack.Flatten(plan, matte: null)}{ScaledSize.Of(plan, Width).Filter(plan)}format=rgb24";
        return new[]
        {
            "-vf", filter, "-fps_mode", "passthrough", "-c:v", "libwebp_anim", "-lossless", Lossless ? "1" : "0",
            "-quality", OutputWork.Number(Quality), "-loop", Loop ? "0" : "1",
        };
    }

    internal double BudgetFor(RenderPlan plan) => Budget.MbitPerSecond(plan.Profile.Name, ScaledSize.Of(plan, Width).PixelsPerSecond(plan, Fps), 640 * 360 * 12);
}
