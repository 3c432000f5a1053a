namespace AsciiAssets.Build.Tasks;

/// <summary>
/// Errors the MSBuild integration reports itself, in the engine's AAnnnn style; AA5xxx belong to the build
/// integration. docs/msbuild.md lists them.
/// </summary>
internal static class TaskDiagnostics
{
    public const string EngineNotFound = "AA5001";
    public const string InvalidQuality = "AA5002";
    public const string UnsupportedFormat = "AA5003";
    public const string InvalidMaxWorkers = "AA5004";
    public const string EngineDidNotStart = "AA5005";
    public const string EngineFailedSilently = "AA5006";
    public const string InvalidEncoder = "AA5007";
    public const string FfmpegMissingWarning = "AA5008";
    public const string InvalidMissingFfmpeg = "AA5009";
}
