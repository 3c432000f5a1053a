using AsciiAssets.Plan;

namespace AsciiAssets.Hardware;

/// <summary>
/// Caps the worker count so every worker's frame buffers and the encoders it feeds fit in 60 % of the memory the
/// process may use. A worker feeds one ffmpeg per track of its segment and starts the next segment while the last
/// one's encoders finish, so it counts two of each.
/// </summary>
public static class WorkerBudget
{
    /// <summary>Frame-sized buffers one worker holds: its in-flight frames, a layer scratch, feedback's two, and slack.</summary>
    private const int FramesPerWorker = 8;

    /// <summary>
    /// What a worker holds more during a transition: the outgoing scene's frame and its feedback's two, a threshold
    /// transition's order map and weights, and slack.
    /// </summary>
    private const int TransitionFramesPerWorker = 6;

    /// <summary>Glyph atlases, grids and the runtime's own share, per worker.</summary>
    private const long FixedBytesPerWorker = 24L << 20;

    public static int MaximumForMemory(HardwareInfo hardware, IEnumerable<(RenderPlan Plan, IReadOnlyList<Encode.Outputs.SegmentTrack> Tracks)> jobs)
    {
        var perWorker = jobs.Max(job =>
        {
            var frameBytes = (long)job.Plan.Width * job.Plan.Height * 3;
            var transitionFrames = job.Plan.Scenes.Any(s => s.TransitionFrames > 0) ? TransitionFramesPerWorker : 0;
            return FixedBytesPerWorker + (FramesPerWorker + transitionFrames) * frameBytes + 2 * job.Tracks.Sum(t => t.MemoryFrames) * frameBytes;
        });
        return (int)Math.Max(1, hardware.MemoryBytes * 6 / 10 / perWorker);
    }
}
