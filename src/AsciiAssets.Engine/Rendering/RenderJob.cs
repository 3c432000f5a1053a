using AsciiAssets.Caching;
using AsciiAssets.Plan;

namespace AsciiAssets.Rendering;

/// <summary>One video to produce: its plan, its segments and its fingerprint.</summary>
public sealed class RenderJob(int id, RenderPlan plan, Fingerprint fingerprint, OutputState state) : IProgressSource
{
    private int _framesDone;
    private int _warningsClaimed;
    private int _finished;

    /// <summary>Unique within a session; names the job's temporary segment files.</summary>
    public int Id { get; } = id;

    public RenderPlan Plan { get; } = plan;

    public Fingerprint Fingerprint { get; } = fingerprint;

    public OutputState State { get; } = state;

    public IReadOnlyList<Segment> Segments { get; } = SegmentPlanner.Plan(plan);

    public BrightnessCheck Brightness { get; } = new(plan.FrameCount, plan.Fps);

    public string OutputName => Path.GetFileName(Plan.OutputPath);

    public int FrameCount => Plan.FrameCount;

    public int FramesDone => Volatile.Read(ref _framesDone);

    public bool IsFinished => Volatile.Read(ref _finished) == 1;

    /// <summary>The measured estimate of the video alone on the worker pool (zero for videos not rendered).</summary>
    public TimeSpan EstimatedDuration { get; init; }

    internal int AddFrame() => Interlocked.Increment(ref _framesDone);

    internal void MarkFinished() => Volatile.Write(ref _finished, 1);

    /// <summary>True for the first worker to ask: the one that reports the job's setup warnings.</summary>
    internal bool ClaimWarnings() => Interlocked.Exchange(ref _warningsClaimed, 1) == 0;
}
