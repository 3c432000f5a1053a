using System.Diagnostics;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using RenderOptions = Spectre.Console.Rendering.RenderOptions;
using AsciiAssets.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AsciiAssets.Cli.Output;

/// <summary>
/// Reports to a person: on a terminal a progress bar per video, plain lines at each quarter when output is
/// redirected. Each video's ETA is the time until the shared worker pool has done it and everything queued before
/// it (<see cref="ProgressEstimate"/>), not its own speed extrapolated. Diagnostics go to stderr in the canonical
/// `file(line,col): error AAnnnn:` form.
/// </summary>
public sealed class ConsoleReporter(Verbosity verbosity) : IRenderReporter
{
    private readonly Dictionary<RenderJob, ProgressTask> _bars = new();
    private readonly Dictionary<int, RenderJob> _jobsByTask = new();
    private readonly Dictionary<RenderJob, int> _quarters = new();
    private readonly Dictionary<RenderJob, JobOutcome> _outcomes = new();
    private readonly Stopwatch _clock = new();
    private ProgressEstimate? _estimate;
    private ProgressContext? _progress;

    public static bool IsInteractive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (!IsInteractive || verbosity < Verbosity.Normal)
        {
            return await work();
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new EtaColumn(this), new OutcomeColumn(this))
            .StartAsync(async context =>
            {
                _progress = context;
                return await work();
            });
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Error || verbosity >= Verbosity.Minimal)
        {
            ConsoleWriter.Error(diagnostic.ToString());
        }
    }

    public void Info(string text)
    {
        if (verbosity >= Verbosity.Normal)
        {
            Write(text);
        }
    }

    /// <summary>The closing line of a command: shown from minimal verbosity on.</summary>
    public void Summary(string text)
    {
        if (verbosity >= Verbosity.Minimal)
        {
            Write(text);
        }
    }

    public void Detail(string text)
    {
        if (verbosity >= Verbosity.Detailed)
        {
            Write(text);
        }
    }

    public void RunStarting(IReadOnlyList<RenderJob> jobs, ProgressEstimate progress)
    {
        lock (_bars)
        {
            _estimate = progress;
            _clock.Start();
            if (_progress is null)
            {
                return;
            }

            // Every video gets its bar now, in queue order, named in one width: the columns never move.
            var width = jobs.Max(j => j.OutputFileNames.Length);
            foreach (var job in jobs)
            {
                var bar = _progress.AddTask(Markup.Escape(job.OutputFileNames.PadRight(width)), autoStart: false, maxValue: job.Plan.FrameCount);
                _bars[job] = bar;
                _jobsByTask[bar.Id] = job;
            }
        }
    }

    public void Started(RenderJob job)
    {
        lock (_bars)
        {
            if (_bars.TryGetValue(job, out var bar))
            {
                bar.StartTask();
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
                return;
            }

            if (verbosity < Verbosity.Normal)
            {
                return;
            }

            var quarter = framesDone * 4 / job.Plan.FrameCount;
            if (quarter > _quarters.GetValueOrDefault(job) && quarter < 4)
            {
                _quarters[job] = quarter;
                ConsoleWriter.Line($"{job.OutputFileNames}: {quarter * 25}% ({framesDone}/{job.Plan.FrameCount} frames, {_clock.Elapsed.TotalSeconds:0.0}s, ETA {Eta(job)})");
            }
        }
    }

    public void Finished(RenderJob job, JobOutcome outcome)
    {
        lock (_bars)
        {
            _outcomes[job] = outcome;
            if (_bars.TryGetValue(job, out var bar))
            {
                if (outcome == JobOutcome.Rendered)
                {
                    bar.Value = bar.MaxValue;
                }

                bar.StopTask();
                return;
            }
        }

        var text = outcome switch
        {
            JobOutcome.Rendered when job.FramesDone == 0 && job.FramesRestored > 0 => $"{job.OutputFileNames}: from the cache → {Destination(job)}",
            JobOutcome.Rendered => $"{job.OutputFileNames}: rendered {job.FramesDone} frames{(job.FramesRestored > 0 ? $" ({job.FramesRestored} more from the cache)" : "")} in {_clock.Elapsed.TotalSeconds:0.0}s → {Destination(job)}",
            JobOutcome.UpToDate => null,
            JobOutcome.Stored => $"{job.OutputName}: this shard's segments are in the cache ({job.FramesDone} frames rendered)",
            _ => $"{job.OutputFileNames}: failed",
        };
        if (text is not null)
        {
            Info(text);
        }
    }

    /// <summary>The MP4's path when it is the only output, else the folder the outputs went to.</summary>
    private static string Destination(RenderJob job) =>
        job.IsMp4Only ? job.Plan.OutputPath : Path.GetDirectoryName(job.Plan.OutputPath) + Path.DirectorySeparatorChar;

    private string Eta(RenderJob job) =>
        job.IsFinished || _estimate is null ? "-" : RenderEstimate.Format(_estimate.RemainingUntil(job));

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

    private JobOutcome? Outcome(RenderJob job)
    {
        lock (_bars)
        {
            return _outcomes.TryGetValue(job, out var outcome) ? outcome : null;
        }
    }

    /// <summary>The job behind a bar, for the columns.</summary>
    private RenderJob? JobOf(ProgressTask task)
    {
        lock (_bars)
        {
            return _jobsByTask.GetValueOrDefault(task.Id);
        }
    }

    /// <summary>"ETA 12s": until the pool has done this video; a fixed width.</summary>
    private sealed class EtaColumn(ConsoleReporter reporter) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(reporter.JobOf(task) is { } job ? $"ETA {reporter.Eta(job),6}" : string.Empty, new Style(Color.Blue));

        public override int? GetColumnWidth(RenderOptions options) => 10;
    }

    /// <summary>"done" or "failed" in a column of its own, so nothing shifts when a video ends.</summary>
    private sealed class OutcomeColumn(ConsoleReporter reporter) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            reporter.JobOf(task) is { IsFinished: true } job && task.IsFinished
                ? task.Value >= task.MaxValue ? new Text("done", new Style(Color.Green))
                : reporter.Outcome(job) == JobOutcome.Stored ? new Text("stored", new Style(Color.Green))
                : new Text("failed", new Style(Color.Red))
                : new Text(string.Empty);

        public override int? GetColumnWidth(RenderOptions options) => 6;
    }
}
