using AsciiAssets.Plan;
using AsciiAssets.Registry;
using SkiaSharp;

namespace AsciiAssets.Encode.Outputs;

[Registered("png", "Every frame as a numbered PNG in a folder of its own (<output>.frames/frame-00001.png …), lossless, for editors and game engines that take image sequences.")]
public sealed record PngOutput(
    [Doc("Width in pixels (the height keeps the aspect); the video's width when absent.")][Range(16, 7680)] int? Width = null) : OutputKind
{
    /// <summary>RGBA frames: the alpha is kept.</summary>
    public override bool CarriesAlpha => true;

    public const string FramePattern = "frame-%05d.png";

    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.LosslessFrames(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Folder(plan) };

    /// <summary>The frame files inside the folder, in order.</summary>
    public static IEnumerable<string> FrameFiles(int frames) => Enumerable.Range(1, frames).Select(i => FormattableString.Invariant($"frame-{i:d5}.png"));

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var folder = Folder(plan);
        var pattern = staged.PathOf(Path.Combine(folder, FramePattern));
        var size = ScaledSize.Of(plan, Width);
        var arguments = new[] { "-vf", plan.Transparent ? size.AlphaFilter(plan) + "format=rgba" : size.Filter(plan) + "format=rgb24", "-fps_mode", "passthrough", "-start_number", "1", "-y", FfmpegUrl.File(pattern) };
        await work.RunOnFramesAsync(arguments, $"writing {folder}", null, token).ConfigureAwait(false);
        var written = Directory.GetFiles(Path.GetDirectoryName(pattern)!);
        if (written.Length != plan.FrameCount)
        {
            throw new Diagnostics.AsciiAssetsException(Diagnostics.DiagnosticDescriptors.OutputCheckFailed.Create(null, folder, $"it holds {written.Length} files, not {plan.FrameCount} frames"));
        }

        // Every frame's header, and the pixels of the first and the last: the ends are where a cut-off encode shows.
        var files = FrameFiles(plan.FrameCount).Select(f => Path.Combine(Path.GetDirectoryName(pattern)!, f)).ToArray();
        foreach (var file in files)
        {
            using var codec = SKCodec.Create(file);
            if (codec is null || codec.Info.Width != size.Width || codec.Info.Height != size.Height)
            {
                throw new Diagnostics.AsciiAssetsException(Diagnostics.DiagnosticDescriptors.OutputCheckFailed.Create(null, folder, $"{Path.GetFileName(file)} is not a {size.Width}x{size.Height} PNG"));
            }
        }

        OutputCheck.VerifyImage(files[0], folder, SKEncodedImageFormat.Png, size.Width, size.Height);
        OutputCheck.VerifyImage(files[^1], folder, SKEncodedImageFormat.Png, size.Width, size.Height);
        if (plan.Transparent)
        {
            OutputCheck.VerifyAlphaImages(new[] { files[0], files[^1] }, folder);
        }
    }

    private static string Folder(RenderPlan plan) => Stem(plan) + ".frames";
}
