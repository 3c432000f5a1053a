using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class ValidateSettings : SharedSettings
{
    [CommandArgument(0, "<SPECS>")]
    [Description("Spec files (*.video.yaml) or folders searched for them.")]
    public string[] Inputs { get; init; } = Array.Empty<string>();
}

/// <summary>Loads and plans every spec, and builds its renderers (which finds characters the font lacks), without rendering.</summary>
public sealed class ValidateCommand : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var valid = 0;
        foreach (var path in SpecFiles.Expand(settings.Inputs))
        {
            try
            {
                var plan = RenderPlanner.Plan(SpecLoader.Load(path), settings.ToOptions());
                using var renderer = new FrameRenderer(plan);
                diagnostics.AddRange(renderer.Warnings);
                valid++;
            }
            catch (AsciiAssetsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }

        var exit = DiagnosticsOutput.Report(diagnostics);
        ConsoleWriter.Line($"{valid} valid, {diagnostics.Count(d => d.Severity == Severity.Error)} errors.");
        return exit;
    }
}
