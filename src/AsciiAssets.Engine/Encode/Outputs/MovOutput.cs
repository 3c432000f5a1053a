using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Encode.Outputs;

[Registered("mov", "ProRes 4444 in a QuickTime MOV, the editors' exchange format (Premiere, Resolve, Final Cut, After Effects): 4:4:4 colour and, for a transparent spec, its alpha (yuva444p10le), with the audio as PCM. Large: an intermediate, not for the web.")]
public sealed record MovOutput : OutputKind
{
    /// <summary>ProRes 4444 keeps the alpha of a transparent spec.</summary>
    public override bool CarriesAlpha => true;

    public override IReadOnlyList<string> RequiredEncoders => new[] { "prores_ks" };

    public override SegmentTrack Track(RenderPlan plan)
    {
        var settings = EncodeSettings.From(plan);
        var pixelFormat = plan.Transparent ? "yuva444p10le" : "yuv444p10le";
        // Every ProRes frame is a keyframe, so segments join by stream copy anywhere; the fixed thread count keeps the bytes the same everywhere.
        var arguments = (plan.Transparent ? settings.AlphaFramesInput : settings.RawFramesInput)
            .Concat(new[] { "-vf", $"{VideoEncoder.Bt709Conversion},format={pixelFormat}", "-c:v", "prores_ks", "-profile:v", "4444", "-vendor", "apl0", "-threads", "4", "-pix_fmt", pixelFormat })
            .Concat(VideoEncoder.Bt709Tags)
            .ToArray();
        return new SegmentTrack(plan.Transparent ? "prores4444a" : "prores4444", ".mov", arguments, "mov " + string.Join(' ', arguments)) { Alpha = plan.Transparent, MemoryFrames = 60 };
    }

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Stem(plan) + ".mov" };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        var path = staged.PathOf(name);
        await SegmentJoiner.JoinAsync(work.Ffmpeg, work.Segments(Track(plan)), plan.Spec.Audio?.FullPath, plan.DurationSeconds, path, name, SegmentJoiner.Mov, token).ConfigureAwait(false);
        // The decoder reports 4444 at 12 bits whatever was encoded, so the alpha is checked, not the exact format.
        var expected = new MediaExpectation("mov", "prores", null, plan.Width, plan.Height, plan.FrameCount, plan.DurationSeconds, 0.5 / plan.Fps, plan.Spec.Audio is not null)
        {
            Alpha = plan.Transparent ? AlphaExpectation.PixelFormat : AlphaExpectation.None,
        };
        await OutputCheck.VerifyAsync(work.Ffmpeg, path, name, expected, token).ConfigureAwait(false);
    }
}
