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
        var filter = $"{OutputWork.Select(step)}{SegmentTrack.Flatten(plan, matte: null)}{size.Filter(plan)}format=rgb24";
        var arguments = new[]
        {
            "-vf", filter, "-fps_mode", "passthrough", "-c:v", "libwebp_anim", "-lossless", Lossless ? "1" : "0",
            "-quality", OutputWork.Number(Quality), "-loop", Loop ? "0" : "1", "-y", FfmpegUrl.File(path),
        };
        await work.RunOnFramesAsync(arguments, $"writing {name}", path, token).ConfigureAwait(false);
        OutputCheck.VerifyImage(path, name, SKEncodedImageFormat.Webp, size.Width, size.Height, work.FramesAtStep(step));
    }
}
