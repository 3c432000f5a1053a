using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Encode.Outputs;

[Registered("mp4", "H.264 MP4 (what every browser plays, Safari included), with the audio as AAC; its quality follows the profile, 'crf' and 'preset', and it uses the hardware encoder 'auto' finds. The default output.")]
public sealed record Mp4Output(
    [Doc("For a transparent spec: the colour (#rrggbb) its frames are flattened onto, e.g. the page's background behind the video, for the browsers that take the MP4 because they play no VP9 alpha (Safari). Without it they show over black (warning AA2055).")] RgbColor? Matte = null) : OutputKind
{
    public override RgbColor? FlattensOnto => Matte;

    public override SegmentTrack Track(RenderPlan plan) =>
        plan.Transparent && Matte is { } matte ? SegmentTrack.H264OnMatte(plan, matte) : SegmentTrack.H264(plan);

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
