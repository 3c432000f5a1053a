namespace AsciiAssets.Rendering;

/// <summary>What the estimate needs to know of a video while it renders.</summary>
public interface IProgressSource
{
    int FrameCount { get; }

    int FramesDone { get; }

    /// <summary>Rendered or failed: nothing of it is left to do.</summary>
    bool IsFinished { get; }

    /// <summary>How long the video takes on the whole worker pool, as measured before the run.</summary>
    TimeSpan EstimatedDuration { get; }
}

/// <summary>
/// The time left of a run whose videos share one worker pool and are rendered in queue order: a video is done when
/// the work queued before it and its own is done. Work is counted in the estimate's units (each video's measured
/// time spread over its frames) and scaled by how long the work done so far really took, so the ETA is the
/// measurement at first and follows the real throughput as frames finish.
/// </summary>
public sealed class ProgressEstimate(IReadOnlyList<IProgressSource> videos, Func<TimeSpan> elapsed)
{
    /// <summary>How much of the estimated work must be done before the real throughput fully replaces the estimate.</summary>
    private const double TrustedFraction = 0.1;

    /// <summary>Time left until <paramref name="video"/> is done (zero once it is).</summary>
    public TimeSpan RemainingUntil(IProgressSource video)
    {
        double left = 0;
        foreach (var queued in videos)
        {
            left += Left(queued);
            if (ReferenceEquals(queued, video))
            {
                break;
            }
        }

        return TimeSpan.FromMilliseconds(left * Slowdown());
    }

    /// <summary>Time left until the whole run is done.</summary>
    public TimeSpan Remaining => videos.Count == 0 ? TimeSpan.Zero : RemainingUntil(videos[^1]);

    /// <summary>Real time per estimated time so far: 1 until enough is done to tell, then the measured ratio.</summary>
    private double Slowdown()
    {
        // Frames really done: a video that failed early says nothing about the speed of the frames it never made.
        var total = videos.Sum(v => v.EstimatedDuration.TotalMilliseconds);
        var done = videos.Sum(Done);
        if (total <= 0 || done <= 0)
        {
            return 1;
        }

        var measured = elapsed().TotalMilliseconds / done;
        var trust = Math.Min(1, done / total / TrustedFraction);
        return 1 + trust * (measured - 1);
    }

    private static double Left(IProgressSource video) =>
        video.IsFinished ? 0 : video.EstimatedDuration.TotalMilliseconds - Done(video);

    private static double Done(IProgressSource video) =>
        video.FrameCount == 0 ? 0 : video.EstimatedDuration.TotalMilliseconds * Math.Min(video.FramesDone, video.FrameCount) / video.FrameCount;
}
