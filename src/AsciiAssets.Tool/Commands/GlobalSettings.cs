using System.ComponentModel;
using AsciiAssets.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

/// <summary>Options every command takes, spelled as the dotnet CLI spells them.</summary>
public class GlobalSettings : CommandSettings
{
    private static readonly (string Short, string Long, Verbosity Level)[] Levels =
    {
        ("q", "quiet", Verbosity.Quiet),
        ("m", "minimal", Verbosity.Minimal),
        ("n", "normal", Verbosity.Normal),
        ("d", "detailed", Verbosity.Detailed),
        ("diag", "diagnostic", Verbosity.Diagnostic),
    };

    [CommandOption("-v|--verbosity <LEVEL>")]
    [Description("How much to print: quiet (q), minimal (m), normal (n), detailed (d) or diagnostic (diag). Default: normal.")]
    public string? VerbosityText { get; init; }

    [CommandOption("--quiet")]
    [Description("Print errors only (the same as -v quiet).")]
    public bool Quiet { get; init; }

    [CommandOption("--no-color")]
    [Description("No colours or styles in the output (also when NO_COLOR is set).")]
    public bool NoColor { get; init; }

    public Verbosity Verbosity =>
        Quiet ? Verbosity.Quiet
        : VerbosityText is null ? Verbosity.Normal
        : Levels.FirstOrDefault(l => string.Equals(VerbosityText, l.Short, StringComparison.OrdinalIgnoreCase) || string.Equals(VerbosityText, l.Long, StringComparison.OrdinalIgnoreCase)).Level;

    public override ValidationResult Validate()
    {
        if (VerbosityText is not null && !Levels.Any(l => string.Equals(VerbosityText, l.Short, StringComparison.OrdinalIgnoreCase) || string.Equals(VerbosityText, l.Long, StringComparison.OrdinalIgnoreCase)))
        {
            return ValidationResult.Error($"--verbosity '{VerbosityText}' is not a level; use {string.Join(", ", Levels.Select(l => l.Long))} (or {string.Join(", ", Levels.Select(l => l.Short))})");
        }

        return ValidationResult.Success();
    }
}
