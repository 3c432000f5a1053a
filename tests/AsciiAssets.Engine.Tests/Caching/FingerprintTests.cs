using AsciiAssets.Caching;
using AsciiAssets.Encode;
using AsciiAssets.Plan;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Caching;

public class FingerprintTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        scenes:
          - start: 0s
            end: 1s
            layers:
              - field: plasma
        """;

    [Fact]
    public void The_requested_encoder_is_part_of_the_fingerprint()
    {
        var auto = Fingerprint.Of(Plan(null));
        var libx264 = Fingerprint.Of(Plan(new EncoderChoice(VideoEncoder.Libx264)));

        libx264.ExplainChangeFrom(auto).Should().StartWith("settings changed").And.EndWith("encoder=auto → 160x90@12 frames=12 quality=production crf=20 preset=medium shaders=full particles=standard encoder=libx264)");
    }

    [Fact]
    public void What_the_request_resolves_to_on_this_machine_is_not()
    {
        var plan = Plan(null);

        Fingerprint.Of(plan with { Encoder = VideoEncoder.Vaapi }).ExplainChangeFrom(Fingerprint.Of(plan)).Should().BeNull();
    }

    private static RenderPlan Plan(EncoderChoice? encoder) =>
        RenderPlanner.Plan(TestRender.Parse(Spec), new RenderOptions(Quality: QualityName.Production, Encoder: encoder));
}
