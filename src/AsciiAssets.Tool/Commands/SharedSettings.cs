using System.ComponentModel;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

/// <summary>Options every rendering command shares: quality profile and frame size.</summary>
public class SharedSettings : GlobalSettings
{
    private static readonly string[] QualityNames = Enum.GetNames<QualityName>().Select(Naming.ToSnakeCase).ToArray();

    [CommandOption("-q|--quality <PROFILE>")]
    [Description("Quality profile: draft, preview, production, max or auto. Default: the spec's, else auto.")]
    public string? QualityText { get; init; }

    public QualityName? Quality => QualityText is not null && QualityNames.Contains(QualityText, StringComparer.OrdinalIgnoreCase)
        ? Enum.Parse<QualityName>(QualityText, ignoreCase: true)
        : null;

    [CommandOption("-r|--resolution <WxH>")]
    [Description("Override the frame size, e.g. 1280x720 (even numbers).")]
    public string? Resolution { get; init; }

    [CommandOption("--budget <TIME>")]
    [Description("How long 'auto' lets one video take before choosing a lower profile, e.g. 20m. Default: 1h.")]
    public string? BudgetText { get; init; }

    [CommandOption("--input-root <DIR>")]
    [Description("The folder a spec may read files from (audio and the like). Default: the current folder, or the spec's own folder when the spec lies outside it.")]
    public string? InputRoot { get; init; }

    public TimeSpan? Budget => BudgetText is not null && TimeValue.TryParse(BudgetText, out var time) && !time.IsFrames ? TimeSpan.FromSeconds(time.Seconds) : null;

    public (int Width, int Height)? ParsedResolution =>
        Resolution is not null && SizeValue.TryParse(Resolution, out var size) && size.IsPinned ? (size.Width, size.Height) : null;

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } invalid)
        {
            return invalid;
        }

        if (QualityText is not null && Quality is null)
        {
            var suggestion = Naming.Suggest(QualityText, QualityNames);
            return ValidationResult.Error($"--quality '{QualityText}' is not a quality profile{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; use {string.Join(", ", QualityNames)}");
        }

        if (BudgetText is not null && Budget is not { TotalSeconds: > 0 })
        {
            return ValidationResult.Error($"--budget '{BudgetText}' is not a positive time, e.g. 20m or 1h30m");
        }

        if (Resolution is not null && ParsedResolution is not { } parsed)
        {
            return ValidationResult.Error($"--resolution '{Resolution}' is not WIDTHxHEIGHT, e.g. 1280x720");
        }

        if (ParsedResolution is { } size && (size.Width % 2 != 0 || size.Height % 2 != 0))
        {
            return ValidationResult.Error($"--resolution {Resolution} has an odd side; H.264 in yuv420p needs even width and height");
        }

        if (InputRoot is not null && !Directory.Exists(InputRoot))
        {
            return ValidationResult.Error($"--input-root '{InputRoot}' is not a folder");
        }

        return ValidationResult.Success();
    }

    public virtual RenderOptions ToOptions() => new(Quality: Quality, Resolution: ParsedResolution, Budget: Budget, InputRoot: InputRoot is null ? null : Path.GetFullPath(InputRoot));
}
