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

    [Theory]
    [InlineData("palette: { type: minimal, thresholds: [0.1, 0.2] }", "'thresholds' of palette 'minimal' has 2 values; the palette's 8 characters need 7, one for each after the first.")]
    [InlineData("palette: { type: custom, chars: \" .o\", thresholds: [0.6, 0.3] }", "'thresholds' of palette 'custom' must ascend within 0..1.")]
    [InlineData("field: { type: arithmetic, fields: [plasma] }", "'fields' of field 'arithmetic' needs at least two fields to combine.")]
    [InlineData("field: { type: sequence, fields: [plasma, rings], hold: 1, transition: 2 }", "'transition' of field 'sequence' is longer than 'hold', so a transition would start before the last one ended.")]
    public void Rules_of_the_vocabulary_are_reported(string layer, string message)
    {
        var yaml = TestRender.LayerSpec(layer.StartsWith("field", StringComparison.Ordinal) ? layer : "field: plasma\n" + layer);
        var act = () => TestRender.Parse(yaml);
        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Select(d => d.Message).Should().Contain(message);
    }
}
