using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class RenderSettings : EncoderSettings
{
    [CommandArgument(0, "[SPECS]")]
    [Description("Spec files (*.video.yaml) or folders searched for them.")]
    public string[] Inputs { get; init; } = Array.Empty<string>();

    [CommandOption("-o|--out-dir <DIR>")]
    [Description("Where MP4s are written. Default: beside each spec.")]
    public string? OutputDirectory { get; init; }

    [CommandOption("-w|--workers <N>")]
    [Description("Parallel render workers shared by all specs. Default: the usable cores.")]
    public int? Workers { get; init; }

    [CommandOption("-f|--force")]
    [Description("Render even when an output is up to date.")]
    public bool Force { get; init; }

    [CommandOption("--ffmpeg <PATH>")]
    [Description("The ffmpeg executable or its folder. Default: $ASCII_ASSETS_FFMPEG, then PATH.")]
    public string? Ffmpeg { get; init; }

    [CommandOption("--stall-timeout <TIME>")]
    [Description("How long ffmpeg may go without progress before it is stopped, e.g. 30s or 5m. Default: 2m.")]
    public string? StallTimeoutText { get; init; }

    public TimeSpan? StallTimeout => StallTimeoutText is not null && TimeValue.TryParse(StallTimeoutText, out var time) && !time.IsFrames && time.Seconds >= 1 ? TimeSpan.FromSeconds(time.Seconds) : null;

    [CommandOption("--jobs <FILE>")]
    [Description("A file of jobs, one per line: spec<TAB>output<TAB>quality (used by the MSBuild task).")]
    public string? JobsFile { get; init; }

    [CommandOption("--log-format <FORMAT>")]
    [Description("console (default) or msbuild (structured lines for the build task).")]
    [DefaultValue("console")]
    public string LogFormat { get; init; } = "console";

    [CommandOption("--cancel-on-stdin-close")]
    [Description("Cancel when standard input closes (how the build task cancels).")]
    public bool CancelOnStdinClose { get; init; }

    public override ValidationResult Validate()
    {
        if (Inputs.Length == 0 && JobsFile is null)
        {
            return ValidationResult.Error("render needs at least one spec file or folder");
        }

        if (Workers is < 1 or > 256)
        {
            return ValidationResult.Error($"--workers must be between 1 and 256, not {Workers}");
        }

        if (StallTimeoutText is not null && StallTimeout is null)
        {
            return ValidationResult.Error($"--stall-timeout '{StallTimeoutText}' is not a time of at least 1 s, e.g. 30s or 5m");
        }

        if (LogFormat is not ("console" or "msbuild"))
        {
            return ValidationResult.Error($"--log-format must be console or msbuild, not '{LogFormat}'");
        }

        return base.Validate();
    }
}

public sealed class RenderCommand : AsyncCommand<RenderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenderSettings settings, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.CancelOnStdinClose)
        {
            ConsoleCancellation.CancelWhenStdinCloses(cancellation);
        }

        var msbuild = settings.LogFormat == "msbuild";
        IRenderReporter reporter = msbuild ? new MsBuildReporter() : new ConsoleReporter();
        var options = settings.ToOptions() with
        {
            Workers = settings.Workers,
            OutputDirectory = settings.OutputDirectory,
            Force = settings.Force,
            FfmpegPath = settings.Ffmpeg,
            StallTimeout = settings.StallTimeout,
        };
        var session = new RenderSession(options, reporter, settings.JobsFile is null ? StateLocation.HiddenFolder : StateLocation.BesideOutput);
        try
        {
            var requests = Requests(settings);
            var run = () => session.RunAsync(requests, cancellation.Token);
            var summary = reporter is ConsoleReporter console ? await console.RunAsync(run) : await run();
            if (!msbuild && summary.Failed == 0)
            {
                ConsoleWriter.Line($"{summary.Rendered} rendered, {summary.UpToDate} up to date.");
            }

            return summary.RenderErrors > 0 ? App.RenderError : summary.InputErrors > 0 ? App.InputError : App.Ok;
        }
        catch (AsciiAssetsException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                reporter.Diagnostic(diagnostic);
            }

            return App.ExitCodeFor(e);
        }
        catch (OperationCanceledException)
        {
            reporter.Diagnostic(DiagnosticDescriptors.Cancelled.Create(null, "the requested outputs"));
            return App.RenderError;
        }
    }

    private static IReadOnlyList<RenderRequest> Requests(RenderSettings settings)
    {
        var requests = new List<RenderRequest>();
        if (settings.JobsFile is { } jobs)
        {
            requests.AddRange(JobsFile.Read(jobs));
        }

        if (settings.Inputs.Length > 0)
        {
            requests.AddRange(SpecFiles.Expand(settings.Inputs).Select(path => new RenderRequest(path)));
        }

        return requests;
    }
}
