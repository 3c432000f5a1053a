using AsciiAssets.Audio;
using AsciiAssets.Encode;
using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>Everything a render needs, decided once: size, fps, frames, scenes, encoder settings, output.</summary>
public sealed record RenderPlan(
    LoadedSpec Source,
    QualityProfile Profile,
    int Width,
    int Height,
    double Fps,
    int FrameCount,
    IReadOnlyList<ScenePlan> Scenes,
    string OutputPath)
{
    public VideoSpec Spec => Source.Spec;

    /// <summary>True when the frames carry alpha (`background: transparent`).</summary>
    public bool Transparent => Spec.Background == Background.Transparent;

    /// <summary>
    /// Per-frame audio features, computed once for the video before rendering (<see cref="FeatureAnalysis.AttachAsync"/>)
    /// and shared by every worker; null until then (renderers then resolve them themselves).
    /// </summary>
    public AudioFeatures? Features { get; init; }

    /// <summary>What planning has to say that is no error: scene starts moved to a beat (AA2081), or that found none (AA2080).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Notes { get; init; } = [];

    /// <summary>The encoder asked for; part of the fingerprint, where what it resolves to on this machine is not.</summary>
    public EncoderChoice RequestedEncoder { get; init; } = EncoderChoice.Auto;

    /// <summary>
    /// The encoder that encodes: <see cref="RequestedEncoder"/> once the run has resolved it (trials run only for a
    /// video that is rendered, see <see cref="Hardware.EncoderSelection"/>); libx264 until then.
    /// </summary>
    public VideoEncoder Encoder { get; init; } = VideoEncoder.Libx264;

    /// <summary>
    /// The size the spec is written for: the frame size, or, where a quality profile has scaled a size preset down
    /// (a draft), the preset's full size. Readability warnings judge glyphs at this size, not at the draft's.
    /// </summary>
    public (int Width, int Height) DesignSize { get; init; }

    /// <summary>The run's ffmpeg, for sources that decode footage; null in previews and tests, which use the one on PATH.</summary>
    public FfmpegInstall? Ffmpeg { get; init; }

    /// <summary><see cref="Ffmpeg"/>, or the ffmpeg on PATH, found when a source first needs it.</summary>
    public FfmpegInstall FfmpegOrLocate() => Ffmpeg ?? FfmpegInstall.Locate(null);

    public double DurationSeconds => FrameCount / Fps;

    public ScenePlan SceneAt(int frame)
    {
        // Scenes are few; a linear scan from the end finds the right one without allocation.
        for (var i = Scenes.Count - 1; i > 0; i--)
        {
            if (frame >= Scenes[i].StartFrame)
            {
                return Scenes[i];
            }
        }

        return Scenes[0];
    }
}
