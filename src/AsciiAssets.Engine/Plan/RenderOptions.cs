using AsciiAssets.Encode;

namespace AsciiAssets.Plan;

/// <summary>
/// What the user chose on the command line or in MSBuild; null means "let the spec and profile decide" (for the
/// encoder: auto; for the input root: see <see cref="Spec.InputPolicy.For"/>; for the stall timeout: <see cref="FfmpegInstall.DefaultStallTimeout"/>).
/// </summary>
public sealed record RenderOptions(
    QualityName? Quality = null,
    int? Workers = null,
    (int Width, int Height)? Resolution = null,
    string? OutputDirectory = null,
    bool Force = false,
    string? FfmpegPath = null,
    TimeSpan? Budget = null,
    EncoderChoice? Encoder = null,
    string? InputRoot = null,
    TimeSpan? StallTimeout = null,
    Caching.CacheOptions? Cache = null,
    Rendering.Shard? Shard = null,
    bool JoinOnly = false,
    bool Explain = false)
{
    /// <summary>How long 'auto' lets one video take before it picks a lower profile.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromHours(1);
}
