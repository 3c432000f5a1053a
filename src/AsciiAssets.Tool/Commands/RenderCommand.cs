using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

/// <summary>What every render takes, whoever starts it: a person (`render`) or the MSBuild task (`msbuild-render`).</summary>
public abstract class RenderOptionsSettings : EncoderSettings
{
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

    public override ValidationResult Validate()
    {
        if (Workers is < 1 or > 256)
        {
            return ValidationResult.Error($"--workers must be between 1 and 256, not {Workers}");
        }

        if (StallTimeoutText is not null && StallTimeout is null)
        {
            return ValidationResult.Error($"--stall-timeout '{StallTimeoutText}' is not a time of at least 1 s, e.g. 30s or 5m");
        }

        return base.Validate();
    }

    public override RenderOptions ToOptions() => base.ToOptions() with
    {
        Workers = Workers,
        Force = Force,
        FfmpegPath = Ffmpeg,
        StallTimeout = StallTimeout,
    };
}

public sealed class RenderSettings : RenderOptionsSettings
{
    [CommandArgument(0, "<SPECS>")]
    [Description("Spec files (*.video.yaml) or folders searched for them.")]
    public string[] Inputs { get; init; } = Array.Empty<string>();

    [CommandOption("--out-dir <DIR>")]
    [Description("Where MP4s are written. Default: beside each spec.")]
    public string? OutputDirectory { get; init; }

    public override RenderOptions ToOptions() => base.ToOptions() with { OutputDirectory = OutputDirectory };
}

/// <summary>The MSBuild task's render: its jobs, structured output lines, and cancellation by closing standard input.</summary>
public sealed class BuildRenderSettings : RenderOptionsSettings
{
    [CommandOption("--jobs <FILE>")]
    [Description("A file of jobs, one per line: spec<TAB>output<TAB>quality<TAB>encoder.")]
    public string? JobsFile { get; init; }

    [CommandOption("--cancel-on-stdin-close")]
    [Description("Cancel when standard input closes (how the build task cancels).")]
    public bool CancelOnStdinClose { get; init; }

    public override ValidationResult Validate() =>
        JobsFile is null ? ValidationResult.Error("msbuild-render needs --jobs") : base.Validate();
}

/// <summary>`render`: specs given on the command line, a progress bar or lines for a person.</summary>
public sealed class RenderCommand : AsyncCommand<RenderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenderSettings settings, CancellationToken cancellationToken)
    {
        var reporter = new ConsoleReporter(settings.Verbosity);
        var session = new RenderSession(settings.ToOptions(), reporter, StateLocation.HiddenFolder);
        var exit = await RenderRun.ExecuteAsync(session, reporter, () => SpecFiles.Expand(settings.Inputs).Select(path => new RenderRequest(path)).ToArray(), reporter.RunAsync, cancellationToken);
        return exit;
    }
}

/// <summary>`msbuild-render`: the task's jobs, structured lines the task turns into build messages.</summary>
public sealed class BuildRenderCommand : AsyncCommand<BuildRenderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildRenderSettings settings, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.CancelOnStdinClose)
        {
            ConsoleCancellation.CancelWhenStdinCloses(cancellation);
        }

        var reporter = new MsBuildReporter();
        var session = new RenderSession(settings.ToOptions(), reporter, StateLocation.BesideOutput);
        return await RenderRun.ExecuteAsync(session, reporter, () => JobsFile.Read(settings.JobsFile!), work => work(), cancellation.Token);
    }
}

/// <summary>One render run from its requests to its exit code, however it reports.</summary>
internal static class RenderRun
{
    public static async Task<int> ExecuteAsync(
        RenderSession session,
        IRenderReporter reporter,
        Func<IReadOnlyList<RenderRequest>> requests,
        Func<Func<Task<RenderSession.Summary>>, Task<RenderSession.Summary>> display,
        CancellationToken token)
    {
        try
        {
            var run = requests();
            var summary = await display(() => session.RunAsync(run, token));
            if (reporter is ConsoleReporter console && summary.Failed == 0)
            {
                console.Summary($"{summary.Rendered} rendered, {summary.UpToDate} up to date.");
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
}
