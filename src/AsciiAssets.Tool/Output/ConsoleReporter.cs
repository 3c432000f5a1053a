using System.Diagnostics;
using AsciiAssets.Diagnostics;
using AsciiAssets.Rendering;
using Spectre.Console;

namespace AsciiAssets.Cli.Output;

/// <summary>
/// Reports to a person: a progress bar with ETA per video on a terminal, plain lines at each quarter when
/// output is redirected. Diagnostics go to stderr in the canonical `file(line,col): error AAnnnn:` form.
/// </summary>
public sealed class ConsoleReporter : IRenderReporter
{
    private readonly Dictionary<RenderJob, ProgressTask> _bars = new();
    private readonly Dictionary<RenderJob, (Stopwatch Clock, int LastQuarter)> _plain = new();
    private ProgressContext? _progress;

    public static bool IsInteractive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (!IsInteractive)
        {
            return await work();
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                _progress = context;
                return await work();
            });
    }

    public void Diagnostic(Diagnostic diagnostic) => ConsoleWriter.Error(diagnostic.ToString());

    public void Info(string text) => Write(text);

    public void Detail(string text) => Write(text);

    public void Started(RenderJob job)
    {
        lock (_bars)
        {
            if (_progress is not null)
            {
                _bars[job] = _progress.AddTask(job.OutputName, maxValue: job.Plan.FrameCount);
            }
            else
            {
                _plain[job] = (Stopwatch.StartNew(), 0);
            }
        }
    }

    public void Progress(RenderJob job, int framesDone)
    {
        lock (_bars)
        {
            if (_bars.TryGetValue(job, out var bar))
            {
                bar.Value = framesDone;
            }
            else if (_plain.TryGetValue(job, out var state))
            {
                var quarter = framesDone * 4 / job.Plan.FrameCount;
                if (quarter > state.LastQuarter && quarter < 4)
                {
                    _plain[job] = (state.Clock, quarter);
                    ConsoleWriter.Line($"{job.OutputName}: {quarter * 25}% ({framesDone}/{job.Plan.FrameCount} frames, {state.Clock.Elapsed.TotalSeconds:0.0}s)");
                }
            }
        }
    }

    public void Finished(RenderJob job, JobOutcome outcome)
    {
        lock (_bars)
        {
            if (_bars.TryGetValue(job, out var bar))
            {
                bar.Description = $"{job.OutputName} {(outcome == JobOutcome.Failed ? "[red]failed[/]" : "[green]done[/]")}";
                bar.StopTask();
                return;
            }
        }

        var elapsed = _plain.TryGetValue(job, out var state) ? state.Clock.Elapsed.TotalSeconds : 0;
        var text = outcome switch
        {
            JobOutcome.Rendered => $"{job.OutputName}: rendered {job.Plan.FrameCount} frames in {elapsed:0.0}s → {job.Plan.OutputPath}",
            JobOutcome.UpToDate => null,
            _ => $"{job.OutputName}: failed",
        };
        if (text is not null)
        {
            Write(text);
        }
    }

    private void Write(string text)
    {
        if (_progress is not null)
        {
            AnsiConsole.MarkupLine(Markup.Escape(text));
        }
        else
        {
            ConsoleWriter.Line(text);
        }
    }
}
