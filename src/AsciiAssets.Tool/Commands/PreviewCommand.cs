using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using Spectre.Console.Cli;
using Spectre.Console;

namespace AsciiAssets.Cli.Commands;

public sealed class PreviewSettings : SharedSettings
{
    [CommandArgument(0, "<SPEC>")]
    [Description("The spec file.")]
    public string Spec { get; init; } = string.Empty;

    [CommandOption("--at <TIME>")]
    [Description("When: 2.5s, 1m20s, 500ms, 48f or seconds. Default: 0s.")]
    public string At { get; init; } = "0s";

    [CommandOption("-o|--output <FILE>")]
    [Description("The PNG to write. Default: <spec name>.png beside the spec.")]
    public string? Output { get; init; }

    public override ValidationResult Validate() =>
        TimeValue.TryParse(At, out _) ? base.Validate() : ValidationResult.Error($"--at '{At}' is not a time; write e.g. 2.5s, 1m20s, 500ms or 48f");
}

public sealed class PreviewCommand : Command<PreviewSettings>
{
    public override int Execute(CommandContext context, PreviewSettings settings, CancellationToken cancellationToken)
    {
        var plan = InProcessPlan.For(settings.Spec, settings);
        var loaded = plan.Source;
        TimeValue.TryParse(settings.At, out var at);
        var requested = at.ToFrameIndex(plan.Fps);
        var frame = Math.Clamp(requested, 0, plan.FrameCount - 1);
        var warnings = new List<Diagnostic>();
        if (requested > frame)
        {
            warnings.Add(DiagnosticDescriptors.PreviewPastTheEnd.Create(null, settings.At, Seconds(plan.DurationSeconds), Seconds(frame / plan.Fps)));
        }
        using var renderer = new FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(frame, buffer);
        var output = settings.Output ?? Path.ChangeExtension(Path.Combine(Path.GetDirectoryName(loaded.Path)!, loaded.OutputName), ".png");
        PngWriter.Write(buffer, output);
        var exit = DiagnosticsOutput.Report(warnings.Concat(renderer.Warnings));
        ConsoleWriter.Line($"{Path.GetFullPath(output)}: frame {frame} ({frame / plan.Fps:0.###}s) at {plan.Width}x{plan.Height}");
        return exit;
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "s";
}
