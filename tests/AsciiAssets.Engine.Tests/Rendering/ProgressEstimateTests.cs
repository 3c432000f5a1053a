using AsciiAssets.Rendering;

namespace AsciiAssets.Tests.Rendering;

/// <summary>The ETA with a fake clock: three videos share the pool and really run 1.6× slower than measured.</summary>
public class ProgressEstimateTests
{
    private sealed class Video(int frames, double estimatedSeconds) : IProgressSource
    {
        public int FrameCount { get; } = frames;

        public int FramesDone { get; set; }

        public bool IsFinished { get; set; }

        public TimeSpan EstimatedDuration { get; } = TimeSpan.FromSeconds(estimatedSeconds);
    }

    [Fact]
    public void Before_any_frame_the_ETA_is_the_measurement_and_each_video_waits_for_those_queued_before_it()
    {
        var videos = new[] { new Video(100, 10), new Video(100, 20), new Video(50, 5) };
        var estimate = new ProgressEstimate(videos, () => TimeSpan.Zero);

        estimate.RemainingUntil(videos[0]).Should().Be(TimeSpan.FromSeconds(10));
        estimate.RemainingUntil(videos[1]).Should().Be(TimeSpan.FromSeconds(30), "the second video starts when the first is done");
        estimate.Remaining.Should().Be(TimeSpan.FromSeconds(35));
    }

    [Fact]
    public void The_ETA_follows_the_real_throughput_and_is_within_five_percent_once_a_tenth_is_done()
    {
        var videos = new[] { new Video(100, 10), new Video(100, 20), new Video(50, 5) };
        const double slowdown = 1.6;
        var now = TimeSpan.Zero;
        var estimate = new ProgressEstimate(videos, () => now);
        var total = videos.Sum(v => v.EstimatedDuration.TotalSeconds) * slowdown;
        var worst = 0.0;
        // The pool works through the videos in order at its real speed; the ETA is read after every frame.
        foreach (var video in videos)
        {
            var perFrame = video.EstimatedDuration.TotalSeconds * slowdown / video.FrameCount;
            for (var frame = 1; frame <= video.FrameCount; frame++)
            {
                now += TimeSpan.FromSeconds(perFrame);
                video.FramesDone = frame;
                var actual = total - now.TotalSeconds;
                if (now.TotalSeconds >= total * 0.1 && actual > 1)
                {
                    worst = Math.Max(worst, Math.Abs(estimate.Remaining.TotalSeconds - actual) / actual);
                }
            }

            video.IsFinished = true;
        }

        worst.Should().BeLessThan(0.05);
        estimate.Remaining.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_failed_video_leaves_nothing_to_wait_for()
    {
        var videos = new[] { new Video(100, 10), new Video(100, 20) };
        var estimate = new ProgressEstimate(videos, () => TimeSpan.FromSeconds(1));
        videos[0].FramesDone = 5;
        videos[0].IsFinished = true;

        estimate.RemainingUntil(videos[0]).Should().Be(TimeSpan.Zero);
        // Its 5 frames (0.5 s of estimate) took 1 s: twice the estimate, trusted for a sixth (0.5 of 30 s is a sixth of the tenth).
        estimate.Remaining.TotalSeconds.Should().BeApproximately(20 * (1 + (0.5 / 30 / 0.1) * (2 - 1)), 0.001);
    }
}
