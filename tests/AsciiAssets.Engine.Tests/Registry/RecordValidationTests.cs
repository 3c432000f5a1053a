using AsciiAssets.Diagnostics;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Registry;

/// <summary>The Validate hook: a record's own rule, reported by the validator at the YAML position of its key.</summary>
public class RecordValidationTests
{
    private static readonly string SpecPath = Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml");

    [Fact]
    public void A_records_rule_is_reported_at_its_key_for_every_scene_and_layer()
    {
        var yaml = TestRender.LayerSpec("field: plasma\npalette: { type: custom, chars: \"  \" }") + """

              - start: 2s
                end: 3s
                layers:
                  - field: rings
                  - field: plasma
                    palette:
                      type: custom
                      chars: ' '
            """;

        var act = () => TestRender.Parse(yaml);

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            SpecPath + "(10,41): error AA1053: 'chars' of palette 'custom' has only spaces, so the layer would draw nothing.",
            SpecPath + "(18,18): error AA1053: 'chars' of palette 'custom' has only spaces, so the layer would draw nothing.");
    }

    [Fact]
    public void A_record_that_keeps_its_rule_passes() =>
        TestRender.Parse(TestRender.LayerSpec("field: plasma\npalette: { type: custom, chars: \" .o@\" }")).Spec.Scenes.Should().HaveCount(1);
}
