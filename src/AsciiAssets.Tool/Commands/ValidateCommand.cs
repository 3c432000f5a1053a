using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
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

    [CommandOption("--json")]
    [Description("Print one JSON document: every spec with its diagnostics.")]
    public bool Json { get; init; }
}

/// <summary>
/// Loads and plans every spec, builds its renderers (which finds characters the font lacks) and probes its media
/// inputs with ffprobe, without rendering. Without ffmpeg the specs are still checked, with a warning.
/// </summary>
public sealed class ValidateCommand : AsyncCommand<ValidateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        var results = new List<(string Path, List<Diagnostic> Diagnostics)>();
        var run = new List<Diagnostic>();
        FfmpegInstall? ffmpeg = null;
        foreach (var path in SpecFiles.Expand(settings.Inputs))
        {
            var diagnostics = new List<Diagnostic>();
            try
            {
                var loaded = SpecLoader.Load(path, InputPolicy.For(path, options.InputRoot));
                var plan = RenderPlanner.Plan(loaded, options);
                diagnostics.AddRange(plan.Notes);
                using (var renderer = new FrameRenderer(plan))
                {
                    diagnostics.AddRange(renderer.Warnings);
                }

                if (SpecInputs.Files(loaded.Spec).Any(input => input.Media is not null))
                {
                    try
                    {
                        ffmpeg ??= FfmpegInstall.Locate(settings.Ffmpeg);
                        diagnostics.AddRange(await MediaCheck.CheckAsync(loaded, ffmpeg, cancellationToken));
                    }
                    catch (AsciiAssetsException e) when (e.Diagnostics.All(d => d.Code == DiagnosticDescriptors.FfmpegNotFound.Code))
                    {
                        if (run.Count == 0)
                        {
                            run.Add(DiagnosticDescriptors.MediaNotChecked.Create(null, e.Diagnostics[0].Message.TrimEnd('.')));
                        }
                    }
                }
            }
            catch (AsciiAssetsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }

            results.Add((path, diagnostics));
        }

        var all = results.SelectMany(r => r.Diagnostics).Concat(run).ToArray();
        var valid = results.Count(r => r.Diagnostics.All(d => d.Severity != Severity.Error));
        var errors = all.Count(d => d.Severity == Severity.Error);
        var exit = all.Where(d => d.Severity == Severity.Error).Select(d => App.ExitCodeFor(new AsciiAssetsException(d))).DefaultIfEmpty(App.Ok).Max();
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                valid,
                errors,
                warnings = all.Count(d => d.Severity == Severity.Warning),
                specs = results.Select(r => new
                {
                    path = r.Path,
                    valid = r.Diagnostics.All(d => d.Severity != Severity.Error),
                    diagnostics = r.Diagnostics.Select(JsonOutput.Of),
                }),
                diagnostics = run.Select(JsonOutput.Of),
            });
            return exit;
        }

        foreach (var diagnostic in all.Where(d => d.Severity == Severity.Error || settings.Verbosity >= Verbosity.Minimal))
        {
            ConsoleWriter.Error(diagnostic.ToString());
        }

        if (settings.Verbosity >= Verbosity.Minimal)
        {
            ConsoleWriter.Line($"{valid} valid, {errors} errors.");
        }

        return exit;
    }
}
