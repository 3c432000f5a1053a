using AsciiAssets.Diagnostics;
using AsciiAssets.Rendering;

namespace AsciiAssets.Benchmarks;

/// <summary>A render reporter that prints only diagnostics: the benches time runs, not their messages.</summary>
internal sealed class QuietReporter : IRenderReporter
{
    public void Diagnostic(Diagnostic diagnostic) => Console.Error.WriteLine(diagnostic);

    public void Info(string text)
    {
    }

    public void Detail(string text)
    {
    }

    public void RunStarting(IReadOnlyList<RenderJob> jobs, ProgressEstimate progress)
    {
    }

    public void Started(RenderJob job)
    {
    }

    public void Progress(RenderJob job, int framesDone)
    {
    }

    public void Finished(RenderJob job, JobOutcome outcome)
    {
    }
}
