using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Encode.Outputs;

[Registered("mp4", "H.264 MP4 (what every browser plays, Safari included), with the audio as AAC; its quality follows the profile, 'crf' and 'preset', its rate is capped at the profile's size budget, and it uses the hardware encoder 'auto' finds. The default output.")]
public sealed record Mp4Output(
    [Doc("For a transparent spec: the colour (#rrggbb) its frames are flattened onto, e.g. the page's background behind the video, for the browsers that take the MP4 because they play no VP9 alpha (Safari). Without it they show over black (warning AA2055).")] RgbColor? Matte = null,
    [Doc("The video's rate cap in Mbit/s (x264 keeps its CRF where the content needs less); 0 for none, the CRF alone. When absent the profile's size budget: 1, 3, 8 and 40 Mbit/s at draft, preview, production and max, scaled by the spec's pixels per second against the profile's.")][Range(0, 1000)] double? MaxRate = null) : OutputKind
{
    /// <summary>
    /// Mbit/s of video per profile at the profile's size and rate, 0.16–0.22 bits per pixel (8 Mbit/s at 1080p24: a
    /// 6-second loop is 6 MB), chosen by the encoding bench (docs/benchmarks.md, "Size budgets"); max's is the same bits
    /// per pixel, not measured.
    /// </summary>
    public static readonly SizeBudget Budget = new(Draft: 1, Preview: 3, Production: 8, Max: 40);

    public override RgbColor? FlattensOnto => Matte;

    /// <summary>The cap this output's encoder takes, in Mbit/s; null for none.</summary>
    public double? Cap(RenderPlan plan) => Budget.Cap(MaxRate, plan);

    public override SegmentTrack Track(RenderPlan plan) =>
        plan.Transparent && Matte is { } matte ? SegmentTrack.H264OnMatte(plan, matte, Cap(plan)) : SegmentTrack.H264(plan, Cap(plan));

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Path.GetFileName(plan.OutputPath) };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        await SegmentJoiner.JoinAsync(work.Ffmpeg, work.Segments(Track(plan)), plan.Spec.Audio?.FullPath, plan.DurationSeconds, path, name, SegmentJoiner.Mp4, token).ConfigureAwait(false);
        await CheckAsync(work.Ffmpeg, plan, path, token).ConfigureAwait(false);
        // A hardware encoder takes no cap; the check says when it ran over.
        await work.CheckVideoBudgetAsync(this, name, path, Cap(plan), givenInSpec: MaxRate is not null, token).ConfigureAwait(false);
    }

    /// <summary>Also for a whole video taken from the cache: it is checked like a fresh one.</summary>
    public static Task CheckAsync(FfmpegInstall ffmpeg, RenderPlan plan, string path, CancellationToken token) =>
        OutputCheck.VerifyAsync(ffmpeg, path, Path.GetFileName(plan.OutputPath), EncodeSettings.From(plan), plan.FrameCount, plan.Spec.Audio is not null, token);
}
