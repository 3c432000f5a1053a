using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Encode.Outputs;

[Registered("mp4", "H.264 MP4 (what every browser plays, Safari included), with the audio as AAC; its quality follows the profile, 'crf' and 'preset', and it uses the hardware encoder 'auto' finds. The default output.")]
public sealed record Mp4Output : OutputKind
{
    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.H264(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Path.GetFileName(plan.OutputPath) };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        await SegmentJoiner.JoinAsync(work.Ffmpeg, work.Segments(Track(plan)), plan.Spec.Audio?.FullPath, plan.DurationSeconds, path, name, SegmentJoiner.Mp4, token).ConfigureAwait(false);
        await CheckAsync(work.Ffmpeg, plan, path, token).ConfigureAwait(false);
    }

    /// <summary>Also for a whole video taken from the cache: it is checked like a fresh one.</summary>
    public static Task CheckAsync(FfmpegInstall ffmpeg, RenderPlan plan, string path, CancellationToken token) =>
        OutputCheck.VerifyAsync(ffmpeg, path, Path.GetFileName(plan.OutputPath), EncodeSettings.From(plan), plan.FrameCount, plan.Spec.Audio is not null, token);
}
