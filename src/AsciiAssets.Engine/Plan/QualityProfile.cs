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

    /// <summary>What 'auto' picks on a small machine (two cores or less than 4 GiB), as the reference does.</summary>
    public static readonly QualityProfile LowEnd = new(QualityName.Auto, 1280, 720, 15, 23, "faster", ShaderLevel.Standard, ParticleTier.Low);

    /// <summary>Size presets are defined at 1080p; this profile's scale of them.</summary>
    public double PresetScale => Height / 1080.0;

    public static QualityProfile Resolve(QualityName name, Hardware.HardwareInfo hardware) => name switch
    {
        QualityName.Draft => Draft,
        QualityName.Preview => Preview,
        QualityName.Production => Production,
        QualityName.Max => Max,
        _ => hardware.LogicalCores <= 2 || hardware.MemoryBytes < 4L * 1024 * 1024 * 1024
            ? LowEnd
            : Production with { Name = QualityName.Auto },
    };
}
