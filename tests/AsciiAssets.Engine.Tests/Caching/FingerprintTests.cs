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

    [Theory]
    [InlineData("{ from: 0.2, to: 0.9 }", "{ from: 0.2, to: 0.9, ease: bounce }")]
    [InlineData("{ keys: { 0s: 0.2, 1s: 0.9 } }", "{ keys: { 0s: 0.2, 500ms: 0.9 } }")]
    [InlineData("{ feature: bass, max: 1 }", "{ feature: bass, max: { from: 0.5, to: 1 } }")]
    public void A_changed_motion_changes_the_spec_part(string before, string after)
    {
        string Moving(string opacity) => Spec.Replace("field: plasma", $"field: plasma\n        opacity: {opacity}");
        Fingerprint Of(string yaml) => Fingerprint.Of(RenderPlanner.Plan(TestRender.Parse(yaml), new RenderOptions(Quality: QualityName.Production)));

        Of(Moving(after)).ExplainChangeFrom(Of(Moving(before))).Should().Be("spec changed");
        Of(Moving(before)).ExplainChangeFrom(Of(Moving(before))).Should().BeNull();
    }

    private static RenderPlan Plan(EncoderChoice? encoder) =>
        RenderPlanner.Plan(TestRender.Parse(Spec), new RenderOptions(Quality: QualityName.Production, Encoder: encoder));
}
