using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Encode.Outputs;

[Registered("webm", "WebM for the web, listed before the MP4 in a <video>: VP9 (libvpx-vp9, row-based multithreading) in 4:4:4 (profile 1: thin coloured glyphs keep their colour) or AV1 (SVT-AV1, 4:2:0), with the audio as Opus. Speed and quality follow the profile unless given; the rate is capped at the profile's size budget.")]
public sealed record WebmOutput(
    [Doc("vp9 (plays in every current browser) or av1 (about half the bytes, slower to encode; needs an ffmpeg with libsvtav1).")] WebmCodec Codec = WebmCodec.Vp9,
    [Doc("Constant quality; lower is better and larger (VP9 and AV1 both run 0–63). When absent the profile decides: VP9 44 draft, 40 preview, 36 production, 32 max (4 lower with alpha, which is 4:2:0); AV1 45, 40, 35, 30.")][Range(0, 63)] int? Crf = null,
    [Doc("Encoder speed; higher is faster and larger (VP9 cpu-used 0–8, AV1 preset 0–13). When absent the profile decides: VP9 8, 6, 4, 2; AV1 12, 10, 8, 6.")][Range(0, 13)] int? Speed = null,
    [Doc("The video's rate cap in Mbit/s (the encoder keeps its CRF where the content needs less); 0 for none, the CRF alone. When absent the profile's size budget, the MP4's: 1, 3, 8 and 40 Mbit/s at draft, preview, production and max, scaled by the spec's pixels per second against the profile's.")][Range(0, 1000)] double? MaxRate = null) : OutputKind, IValidatedRecord
{
    /// <summary>
    /// Mbit/s of video per profile at the profile's size and rate, the MP4's: a page's video weighs the same whichever
    /// source the browser picks. SVT-AV1 takes it as -maxrate beside -crf (its capped CRF). libvpx has no capped CRF:
    /// constrained quality (-crf with -b:v) is a target, not a cap (one second of logo-rain at 1080p: 13.8 Mbit/s for 8
    /// asked, plasma-crt 19.7), so VP9 takes it as a constant rate (8.2 and 10.3 Mbit/s there) whose quantizer stays at
    /// or above <see cref="CappedQuantizerReach"/> below the CRF, so calm content does not spend the whole budget.
    /// </summary>
    public static SizeBudget Budget => Mp4Output.Budget;

    /// <summary>
    /// How far below the CRF a capped VP9's quantizer may go (-qmin). Constant quality lowers the quantizer for key and
    /// reference frames: logo-rain at CRF 36 took 19.5 Mbit/s, a constant rate it never reached (30 Mbit/s) 8.7 with
    /// -qmin 36, 11.6 with 32 and 14.5 with 28.
    /// </summary>
    private const int CappedQuantizerReach = 8;

    public override IReadOnlyList<string> RequiredEncoders => new[] { EncoderName };

    private string EncoderName => Codec == WebmCodec.Av1 ? "libsvtav1" : "libvpx-vp9";

    /// <summary>VP9 keeps a transparent spec's alpha (yuva420p, which browsers play over the page); AV1 in WebM has no alpha that browsers show.</summary>
    public override bool CarriesAlpha => Codec == WebmCodec.Vp9;

    public override string NoAlphaReason => " with codec av1 (use vp9)";

    /// <summary>The cap this output's encoder takes, in Mbit/s; null for none.</summary>
    public double? Cap(RenderPlan plan) => Budget.Cap(MaxRate, plan);

    public override SegmentTrack Track(RenderPlan plan)
    {
        var cap = Cap(plan) is { } rate ? SizeBudget.Kbit(rate) : null;
        var settings = EncodeSettings.From(plan);
        var (crf, speed) = Quality(plan.Profile.Name, FullChroma(plan));
        var alpha = plan.Transparent && CarriesAlpha;
        var pixelFormat = PixelFormat(plan);
        var arguments = (alpha ? settings.AlphaFramesInput : settings.RawFramesInput).Concat(new[] { "-vf", $"{VideoEncoder.Bt709Conversion},format={pixelFormat}", "-c:v", EncoderName }).ToList();
        arguments.AddRange(Codec == WebmCodec.Av1
            ? new[] { "-preset", Number(speed), "-crf", Number(crf) }.Concat(cap is null ? Array.Empty<string>() : new[] { "-maxrate", cap })
            // A fixed thread count keeps the bytes the same on every machine.
            : new[] { "-row-mt", "1", "-deadline", "good", "-cpu-used", Number(speed) }.Concat(cap is null
                // -crf with -b:v 0 is constant quality.
                ? new[] { "-crf", Number(crf), "-b:v", "0" }
                : new[] { "-b:v", cap, "-minrate", cap, "-maxrate", cap, "-qmin", Number(Math.Max(0, crf - CappedQuantizerReach)), "-qmax", "63" }).Concat(new[] { "-threads", "4" }));
        arguments.AddRange(new[] { "-pix_fmt", pixelFormat });
        arguments.AddRange(VideoEncoder.Bt709Tags);
        return new SegmentTrack(Codec == WebmCodec.Av1 ? "av1" : alpha ? "vp9a" : "vp9", ".webm", arguments, "webm " + string.Join(' ', arguments))
        {
            Alpha = alpha,
            MemoryFrames = Codec == WebmCodec.Av1 ? 95 : alpha ? 110 : 90,
        };
    }

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Stem(plan) + ".webm" };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        await SegmentJoiner.JoinAsync(work.Ffmpeg, work.Segments(Track(plan)), plan.Spec.Audio?.FullPath, plan.DurationSeconds, path, name, SegmentJoiner.Webm, token).ConfigureAwait(false);
        // ffprobe's VP9 decoder ignores the alpha, so the stream reads as yuv420p; the alpha shows in its ALPHA_MODE tag.
        var expected = new MediaExpectation("webm", Codec == WebmCodec.Av1 ? "av1" : "vp9", FullChroma(plan) ? "yuv444p" : "yuv420p", plan.Width, plan.Height, plan.FrameCount, plan.DurationSeconds, 0.5 / plan.Fps, plan.Spec.Audio is not null)
        {
            Alpha = plan.Transparent && CarriesAlpha ? AlphaExpectation.AlphaModeTag : AlphaExpectation.None,
        };
        await OutputCheck.VerifyAsync(work.Ffmpeg, path, name, expected, token).ConfigureAwait(false);
        await work.CheckVideoBudgetAsync(this, name, path, Cap(plan), givenInSpec: MaxRate is not null, token).ConfigureAwait(false);
    }

    public void Validate(RecordCheck check)
    {
        if (Codec == WebmCodec.Vp9 && Speed > 8)
        {
            check.Fail("speed", "is above 8, VP9's fastest cpu-used");
        }
    }

    /// <summary>
    /// VP9 without alpha is 4:4:4. A glyph's stroke is a pixel or two wide, so 4:2:0 averages its colour with the black
    /// around it: measured on the samples at production (docs/benchmarks.md, "What the viewer sees"), 4:4:4 four CRF
    /// steps higher gives the same or better SSIM in the same or fewer bytes. VP9's alpha (yuva420p) and SVT-AV1 are 4:2:0 only.
    /// </summary>
    internal bool FullChroma(RenderPlan plan) => Codec == WebmCodec.Vp9 && !(plan.Transparent && CarriesAlpha);

    private string PixelFormat(RenderPlan plan) => FullChroma(plan) ? "yuv444p" : plan.Transparent && CarriesAlpha ? "yuva420p" : "yuv420p";

    /// <summary>The MIME type with the codec string a browser checks before it picks this source (canPlayType).</summary>
    internal string MimeType(RenderPlan plan)
    {
        if (Codec == WebmCodec.Av1)
        {
            return "video/webm; codecs=av01.0.08M.08";
        }

        // vp09.PP.LL.DD: profile (1 is 4:4:4), level by picture size and sample rate, 8-bit.
        var samples = (double)plan.Width * plan.Height;
        var rate = samples * plan.Fps;
        var level = (samples, rate) switch
        {
            ( <= 2_228_224, <= 66_846_720) => "40",
            ( <= 2_228_224, <= 133_693_440) => "41",
            ( <= 8_912_896, <= 267_386_880) => "50",
            ( <= 8_912_896, <= 534_773_760) => "51",
            _ => "60",
        };
        return $"video/webm; codecs=vp09.{(FullChroma(plan) ? "01" : "00")}.{level}.08";
    }

    private (int Crf, int Speed) Quality(QualityName profile, bool fullChroma)
    {
        var (crf, speed) = (Codec, profile) switch
        {
            (WebmCodec.Av1, QualityName.Draft) => (45, 12),
            (WebmCodec.Av1, QualityName.Preview) => (40, 10),
            (WebmCodec.Av1, QualityName.Max) => (30, 6),
            (WebmCodec.Av1, _) => (35, 8),
            (_, QualityName.Draft) => (40, 8),
            (_, QualityName.Preview) => (36, 6),
            (_, QualityName.Max) => (28, 2),
            _ => (32, 4),
        };
        return (Crf ?? (fullChroma ? crf + 4 : crf), Speed ?? speed);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public enum WebmCodec
{
    Vp9,
    Av1,
}
