namespace AsciiAssets.Cli.Output;

/// <summary>How much the tool prints, in the dotnet CLI's levels: quiet shows errors only, minimal adds warnings and
/// the closing line, normal what is rendered and why, detailed what is skipped and why.</summary>
public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
    Diagnostic,
}
