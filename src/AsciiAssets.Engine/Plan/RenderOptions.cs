namespace AsciiAssets.Plan;

/// <summary>What the user chose on the command line or in MSBuild; null means "let the spec and profile decide".</summary>
public sealed record RenderOptions(
    QualityName? Quality = null,
    int? Workers = null,
    (int Width, int Height)? Resolution = null,
    string? OutputDirectory = null,
    bool Force = false,
    string? FfmpegPath = null);
