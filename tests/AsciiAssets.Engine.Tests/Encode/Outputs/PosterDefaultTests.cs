using AsciiAssets.Encode.Outputs;
using AsciiAssets.Frames;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Encode.Outputs;

public class PosterDefaultTests
{
    [Fact]
    public void Without_a_time_the_poster_is_the_brightest_sampled_frame()
    {
        // Samples one frame a second at 12 fps: frames 0, 12, 24, 36; the third is the brightest.
        var brightness = new BrightnessCheck(48, 12);
        foreach (var (frame, value) in new[] { (0, 10), (12, 40), (24, 90), (36, 60) })
        {
            using var buffer = new FrameBuffer(16, 16);
            buffer.Pixels.Fill((byte)value);
            brightness.Record(frame, buffer);
        }

        var plan = TestRender.Plan(TestRender.LayerSpec("field: plasma"));

        new PosterOutput().FrameOf(plan, brightness).Should().Be(24);
        new PosterOutput(At: AsciiAssets.Spec.TimeValue.FromSeconds(1)).FrameOf(plan, brightness).Should().Be(12);
    }
}
