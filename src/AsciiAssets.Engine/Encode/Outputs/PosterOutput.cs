using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Spec;
using SkiaSharp;

namespace AsciiAssets.Encode.Outputs;

[Registered("poster", "One frame as an image (<output>.poster.png, .jpg or .webp): what a <video> shows before it plays and where it cannot. By default the brightest frame the brightness check sampled (one a second).")]
public sealed record PosterOutput(
    [Doc("The time of the frame (e.g. 2.5s or 60f); when absent, the brightest sampled frame.")] TimeValue? At = null,
    [Doc("png (exact), jpeg (small) or webp (small, sharper than JPEG).")] PosterFormat Format = PosterFormat.Png,
    [Doc("Width in pixels (the height keeps the aspect); the video's width when absent.")][Range(16, 7680)] int? Width = null,
    [Doc("For a transparent spec: the colour (#rrggbb) the frame is flattened onto, in any format (a JPEG has no alpha; give the MP4's matte so the poster matches the video Safari plays). Without it a PNG keeps the alpha and a JPEG or WebP shows the frame over black (warning AA2055).")] RgbColor? Matte = null) : OutputKind
{
    /// <summary>A PNG poster keeps the alpha unless it has a matte; JPEG has none, and WebP stills are written without it.</summary>
    public override bool CarriesAlpha => Format == PosterFormat.Png && Matte is null;

    public override RgbColor? FlattensOnto => Matte;

    public override string NoAlphaReason => Format == PosterFormat.Jpeg ? " as jpeg (use png)" : " as webp (use png)";

    public override IReadOnlyList<string> RequiredEncoders => Format == PosterFormat.Webp ? new[] { "libwebp" } : Array.Empty<string>();

    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.LosslessFrames(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { $"{Stem(plan)}.poster.{Extension}" };

    public string Extension => Format switch
    {
        PosterFormat.Jpeg => "jpg",
        PosterFormat.Webp => "webp",
        _ => "png",
    };

    /// <summary>The frame shown: the one at 'at' (the last when 'at' is past the end), else the brightest sample.</summary>
    public int FrameOf(RenderPlan plan, Rendering.BrightnessCheck brightness) =>
        At is { } at ? Math.Clamp(at.ToFrameIndex(plan.Fps), 0, plan.FrameCount - 1) : brightness.Brightest();

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        var size = ScaledSize.Of(plan, Width);
        var frame = FrameOf(plan, work.Brightness);
        var keepsAlpha = plan.Transparent && CarriesAlpha;
        var encoder = Format switch
        {
            PosterFormat.Jpeg => new[] { "-c:v", "mjpeg", "-q:v", "3", "-pix_fmt", "yuvj444p" },
            PosterFormat.Webp => new[] { "-c:v", "libwebp", "-quality", "85" },
            _ => new[] { "-c:v", "png", "-pix_fmt", keepsAlpha ? "rgba" : "rgb24" },
        };
        var look = keepsAlpha ? size.AlphaFilter(plan) : SegmentTrack.Flatten(plan, Matte) + size.Filter(plan);
        var arguments = new[] { "-vf", FormattableString.Invariant($"select=eq(n\\,{frame}),{look}null"), "-frames:v", "1", "-update", "1" }
            .Concat(encoder).Concat(new[] { "-y", FfmpegUrl.File(path) }).ToArray();
        await work.RunOnFramesAsync(arguments, $"writing {name}", path, token).ConfigureAwait(false);
        var format = Format switch
        {
            PosterFormat.Jpeg => SKEncodedImageFormat.Jpeg,
            PosterFormat.Webp => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Png,
        };
        OutputCheck.VerifyImage(path, name, format, size.Width, size.Height);
        if (keepsAlpha)
        {
            OutputCheck.VerifyAlphaImages(new[] { path }, name);
        }
    }
}

public enum PosterFormat
{
    Png,
    Jpeg,
    Webp,
}
