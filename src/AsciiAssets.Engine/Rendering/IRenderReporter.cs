using AsciiAssets.Diagnostics;

namespace AsciiAssets.Rendering;

/// <summary>Where a render session reports to: the CLI's console, or structured lines for the MSBuild task.</summary>
public interface IRenderReporter
{
    void Diagnostic(Diagnostic diagnostic);

    /// <summary>Worth showing at normal verbosity: what is rendered and why.</summary>
    void Info(string text);

    /// <summary>Only at detailed verbosity: what is skipped and why.</summary>
    void Detail(string text);

    /// <summary>The run's videos are planned and rendering starts; <paramref name="progress"/> tells the time left as frames finish.</summary>
    void RunStarting(IReadOnlyList<RenderJob> jobs, ProgressEstimate progress);

    void Started(RenderJob job);

    void Progress(RenderJob job, int framesDone);

    void Finished(RenderJob job, JobOutcome outcome);
}

public enum JobOutcome
{
    Rendered,
    UpToDate,
    Failed,

    /// <summary>A shard run rendered its share of the video's segments into the cache; no output is written.</summary>
    Stored,
}
