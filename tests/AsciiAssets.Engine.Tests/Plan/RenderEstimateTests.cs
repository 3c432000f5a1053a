using AsciiAssets.Plan;

namespace AsciiAssets.Tests.Plan;

public class RenderEstimateTests
{
    [Fact]
    public void Many_tiny_scenes_pay_an_ffmpeg_start_per_segment()
    {
        // 2000 one-frame scenes are 2000 segments: with 80 ms to start ffmpeg and 10 ms a frame, on two workers.
        var tiny = RenderEstimate.Total(frames: 2000, segments: 2000, renderMilliseconds: 4, encodeMilliseconds: 6, startupMilliseconds: 80, setupMilliseconds: 500, parallel: 2);
        var one = RenderEstimate.Total(frames: 2000, segments: 21, renderMilliseconds: 4, encodeMilliseconds: 6, startupMilliseconds: 80, setupMilliseconds: 500, parallel: 2);

        tiny.TotalMilliseconds.Should().BeApproximately(500 + (2000 * 10 + 2000 * 80) / 2.0 + 2 * 80, 0.001);
        (tiny - one).TotalMilliseconds.Should().BeApproximately(1979 * 80 / 2.0, 0.001);
    }

    [Fact]
    public void Renderer_setup_and_the_join_and_check_are_paid_once_whatever_the_workers()
    {
        RenderEstimate.Total(0, 0, 0, 0, startupMilliseconds: 100, setupMilliseconds: 750, parallel: 4).Should().Be(TimeSpan.FromMilliseconds(950));
    }
}
