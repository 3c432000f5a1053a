using AsciiAssets.Diagnostics;
using AsciiAssets.Rendering;

namespace AsciiAssets.Cli.Output;

/// <summary>
/// Structured lines for the MSBuild task, all on stdout: canonical diagnostics, `info:` and `detail:` messages,
/// and one `rendered:` / `uptodate:` / `failed:` line per output.
/// </summary>
public sealed class MsBuildReporter : IRenderReporter
{
    public void Diagnostic(Diagnostic diagnostic) => ConsoleWriter.Line(diagnostic.ToString());

    public void Info(string text) => ConsoleWriter.Line("info: " + text);

    public void Detail(string text) => ConsoleWriter.Line("detail: " + text);

    public void RunStarting(IReadOnlyList<RenderJob> jobs, ProgressEstimate progress)
    {
    }

    public void Started(RenderJob job) => ConsoleWriter.Line($"detail: {job.OutputName}: rendering {job.Plan.FrameCount} frames at {job.Plan.Width}x{job.Plan.Height}@{job.Plan.Fps:0.###}");

    public void Progress(RenderJob job, int framesDone)
    {
    }

    public void Finished(RenderJob job, JobOutcome outcome) => ConsoleWriter.Line(outcome switch
    {
        JobOutcome.Rendered => "rendered: ",
        JobOutcome.UpToDate => "uptodate: ",
        JobOutcome.Stored => "stored: ",
        _ => "failed: ",
    } + job.Plan.OutputPath);
}
