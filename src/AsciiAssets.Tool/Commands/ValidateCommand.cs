using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
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

    [CommandOption("--ffmpeg <PATH>")]
    [Description("The ffmpeg executable or its folder; its ffprobe checks the input files. Default: $ASCII_ASSETS_FFMPEG, then PATH.")]
    public string? Ffmpeg { get; init; }
}

/// <summary>
/// Loads and plans every spec, builds its renderers (which finds characters the font lacks) and probes its media
/// inputs with ffprobe, without rendering. Without ffmpeg the specs are still checked, with a warning.
/// </summary>
public sealed class ValidateCommand : AsyncCommand<ValidateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var valid = 0;
        var options = settings.ToOptions();
        FfmpegInstall? ffmpeg = null;
        Diagnostic? notChecked = null;
        foreach (var path in SpecFiles.Expand(settings.Inputs))
        {
            try
            {
                var loaded = SpecLoader.Load(path, InputPolicy.For(path, options.InputRoot));
                var plan = RenderPlanner.Plan(loaded, options);
                using (var renderer = new FrameRenderer(plan))
                {
                    diagnostics.AddRange(renderer.Warnings);
                }

                if (SpecInputs.Files(loaded.Spec).Any(input => input.Media is not null))
                {
                    try
                    {
                        ffmpeg ??= FfmpegInstall.Locate(settings.Ffmpeg);
                        var media = await MediaCheck.CheckAsync(loaded, ffmpeg, cancellationToken);
                        if (media.Count > 0)
                        {
                            throw new AsciiAssetsException(media);
                        }
                    }
                    catch (AsciiAssetsException e) when (e.Diagnostics.All(d => d.Code == DiagnosticDescriptors.FfmpegNotFound.Code))
                    {
                        notChecked ??= DiagnosticDescriptors.MediaNotChecked.Create(null, e.Diagnostics[0].Message.TrimEnd('.'));
                    }
                }

                valid++;
            }
            catch (AsciiAssetsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }

        if (notChecked is not null)
        {
            diagnostics.Add(notChecked);
        }

        var exit = DiagnosticsOutput.Report(diagnostics);
        ConsoleWriter.Line($"{valid} valid, {diagnostics.Count(d => d.Severity == Severity.Error)} errors.");
        return exit;
    }
}
