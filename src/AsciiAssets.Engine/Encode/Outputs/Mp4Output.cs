using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Encode.Outputs;

[Registered("mp4", "H.264 MP4 (what every browser plays, Safari included), with the audio as AAC; its quality follows the profile, 'crf' and 'preset', it is checked against the profile's size budget, and it uses the hardware encoder 'auto' finds. The default output.")]
public sealed record Mp4Output : OutputKind
{
    /// <summary>
    /// Mbit/s of video per profile at the profile's size and rate, 0.16–0.22 bits per pixel (8 Mbit/s at 1080p24: a
    /// 6-second loop is 6 MB), chosen by the encoding bench (docs/benchmarks.md, "Size budgets"); max's is the same bits
    /// per pixel, not measured. Checked, not enforced: x264's VBV cap held it well, but with frame threads it makes
    /// different bytes on every run, and segments must encode to the same bytes everywhere to be shared through a cache.
    /// </summary>
    public static readonly SizeBudget Budget = new(Draft: 1, Preview: 3, Production: 8, Max: 40);

    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.H264(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Path.GetFileName(plan.OutputPath) };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        await SegmentJoiner.JoinAsync(work.Ffmpeg, work.Segments(Track(plan)), plan.Spec.Audio?.FullPath, plan.DurationSeconds, path, name, SegmentJoiner.Mp4, token).ConfigureAwait(false);
        await CheckAsync(work.Ffmpeg, plan, path, token).ConfigureAwait(false);
        work.CheckBudget(this, name, await OutputCheck.VideoBytesAsync(work.Ffmpeg, path, name, token).ConfigureAwait(false), Budget.ForVideo(plan));
    }

    /// <summary>Also for a whole video taken from the cache: it is checked like a fresh one.</summary>
    public static Task CheckAsync(FfmpegInstall ffmpeg, RenderPlan plan, string path, CancellationToken token) =>
        OutputCheck.VerifyAsync(ffmpeg, path, Path.GetFileName(plan.OutputPath), EncodeSettings.From(plan), plan.FrameCount, plan.Spec.Audio is not null, token);
}
