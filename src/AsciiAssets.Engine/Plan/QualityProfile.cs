namespace AsciiAssets.Plan;

/// <summary>
/// The reference's quality presets. Width and height are the landscape frame; size presets in a spec scale
/// by Height / 1080. The x264 preset is ours (the reference leaves ffmpeg at its default, medium).
/// </summary>
public sealed record QualityProfile(
    QualityName Name,
    int Width,
    int Height,
    double Fps,
    int Crf,
    string X264Preset,
    ShaderLevel ShaderLevel,
    ParticleTier ParticleTier)
{
    public static readonly QualityProfile Draft = new(QualityName.Draft, 960, 540, 12, 28, "veryfast", ShaderLevel.Minimal, ParticleTier.Low);
    public static readonly QualityProfile Preview = new(QualityName.Preview, 1280, 720, 15, 25, "faster", ShaderLevel.Standard, ParticleTier.Low);
    public static readonly QualityProfile Production = new(QualityName.Production, 1920, 1080, 24, 20, "medium", ShaderLevel.Full, ParticleTier.Standard);
    public static readonly QualityProfile Max = new(QualityName.Max, 3840, 2160, 30, 15, "slow", ShaderLevel.Full, ParticleTier.High);

    /// <summary>What 'auto' tries, best first; it takes the first whose measured estimate fits the time budget.</summary>
    public static readonly IReadOnlyList<QualityProfile> AutoCandidates = new[] { Production, Preview, Draft };

    /// <summary>Size presets are defined at 1080p; this profile's scale of them.</summary>
    public double PresetScale => Height / 1080.0;

    /// <summary>A named profile; 'auto' starts from its first candidate until a measurement decides.</summary>
    public static QualityProfile Resolve(QualityName name) => name switch
    {
        QualityName.Draft => Draft,
        QualityName.Preview => Preview,
        QualityName.Max => Max,
        _ => Production,
    };
}
