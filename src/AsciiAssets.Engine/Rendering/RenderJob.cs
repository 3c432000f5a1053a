using AsciiAssets.Caching;
using AsciiAssets.Encode.Outputs;
using AsciiAssets.Plan;

namespace AsciiAssets.Rendering;

/// <summary>One video to produce: its plan, its segments (with their cache keys) and its fingerprint.</summary>
public sealed class RenderJob(int id, RenderPlan plan, Fingerprint fingerprint, OutputState state) : IProgressSource
{
    private readonly TimeSpan _estimate;
    private int _framesDone;
    private int _framesRestored;
    private int _warningsClaimed;
    private int _finished;
    private IReadOnlyList<SegmentTrack>? _tracks;
    private string? _outputFileNames;

    /// <summary>Unique within a session; names the job's temporary segment files.</summary>
    public int Id { get; } = id;

    public RenderPlan Plan { get; } = plan;

    public Fingerprint Fingerprint { get; } = fingerprint;

    public OutputState State { get; } = state;

    public IReadOnlyList<Segment> Segments { get; } = SegmentPlanner.Plan(plan);

    public BrightnessCheck Brightness { get; } = new(plan.FrameCount, plan.Fps);

    public string OutputName => Path.GetFileName(Plan.OutputPath);

    /// <summary>Each segment's cache key, in segment order: what the scheduler renders (empty for a job that is only reported).</summary>
    public IReadOnlyList<KeyedSegment> Keys { get; init; } = Array.Empty<KeyedSegment>();

    /// <summary>Every output the spec lists (the HTML snippet names its siblings even when a run writes only some).</summary>
    public IReadOnlyList<OutputKind> AllOutputs => Plan.Spec.Outputs ?? OutputKind.Default;

    /// <summary>The outputs this run writes: all of them, or those `--output` asked for.</summary>
    public IReadOnlyList<OutputKind> Outputs { get; init; } = plan.Spec.Outputs ?? OutputKind.Default;

    /// <summary>What each segment is encoded to for <see cref="Outputs"/>: every frame is rendered once and fed to each of them.</summary>
    public IReadOnlyList<SegmentTrack> Tracks => _tracks ??= Outputs.Select(o => o.Track(Plan)).OfType<SegmentTrack>().DistinctBy(t => (t.Name, t.KeyPart)).ToArray();

    /// <summary>The files this run writes, for progress lines ("logo-rain.mp4, logo-rain.webm"): every file of each output.</summary>
    public string OutputFileNames => _outputFileNames ??= string.Join(", ", Outputs.SelectMany(o => o.Files(Plan)));

    /// <summary>A job that writes the MP4 alone can take it whole from the cache (the output key is the MP4's).</summary>
    public bool IsMp4Only => Outputs.Count == 1 && Outputs[0] is Mp4Output;

    /// <summary>The cache key of the finished output.</summary>
    public string OutputKey { get; init; } = string.Empty;

    /// <summary>Frames this run renders: those of segments that did not come from the cache.</summary>
    public int FrameCount => Plan.FrameCount - FramesRestored;

    /// <summary>Frames rendered so far.</summary>
    public int FramesDone => Volatile.Read(ref _framesDone);

    /// <summary>Frames of segments taken from the cache.</summary>
    public int FramesRestored => Volatile.Read(ref _framesRestored);

    public bool IsFinished => Volatile.Read(ref _finished) == 1;

    /// <summary>The measured estimate of the video alone on the worker pool, for the frames still to render (zero for videos not rendered).</summary>
    public TimeSpan EstimatedDuration
    {
        get => Plan.FrameCount == 0 ? TimeSpan.Zero : _estimate * FrameCount / Plan.FrameCount;
        init => _estimate = value;
    }

    internal int AddFrame() => Interlocked.Increment(ref _framesDone);

    internal void AddRestored(int frames) => Interlocked.Add(ref _framesRestored, frames);

    internal void MarkFinished() => Volatile.Write(ref _finished, 1);

    /// <summary>True for the first worker to ask: the one that reports the job's setup warnings.</summary>
    internal bool ClaimWarnings() => Interlocked.Exchange(ref _warningsClaimed, 1) == 0;
}
