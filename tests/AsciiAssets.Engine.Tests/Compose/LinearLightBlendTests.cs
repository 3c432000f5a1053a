using AsciiAssets.Compose;
using AsciiAssets.Diagnostics;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Compose;

/// <summary>A layer's blend_space: linear decodes both values from sRGB, blends light and encodes the result again.</summary>
public class LinearLightBlendTests
{
    private const string Layers = """
        field: { type: plasma, speed: 0 }
        color: { type: hue, source: value }
        """;

    private static BlendMode Mode(string name) => Probe.Default<BlendMode>(name);

    [Fact]
    public void Blends_light_not_encoded_values()
    {
        // Two mid-greys (128 is 21.6 % of full light) add to 43.2 %, which sRGB encodes as 176, not 255.
        new InLinearLight(Mode("add")).Blend(128, 128).Should().Be(176);
        Mode("add").Blend(128, 128).Should().Be(255);
        ((int)new InLinearLight(Mode("multiply")).Blend(200, 100)).Should().BeCloseTo(77, 1);
    }

    [Fact]
    public void Normal_keeps_the_layer_and_black_and_white_keep_their_meaning()
    {
        var normal = new InLinearLight(Mode("normal"));
        for (var v = 0; v < 256; v++)
        {
            normal.Blend(37, v).Should().Be(v);
        }

        new InLinearLight(Mode("screen")).BlackLeavesBottom.Should().BeTrue("black is black in linear light too, so sparse layers skip it");
        new InLinearLight(Mode("multiply")).DrawsOnWhite.Should().BeTrue();
    }

    [Fact]
    public void A_linear_layer_renders_its_golden_and_differs_from_srgb()
    {
        var top = "field: { type: rings, speed: 0 }\ncolor: { type: hue, source: angle }\nblend: screen";
        string Spec(string space) => $$"""
            size: 160x90
            fps: 12
            seed: 7
            scenes:
              - start: 0s
                end: 1s
                layers:
                  - field: { type: plasma, speed: 0 }
                    color: { type: hue, source: value }
                  - {{top.Replace("\n", "\n        ")}}
                    blend_space: {{space}}
            """;

        TestRender.ShouldMatchGolden(Spec("linear"), 3, "aef528f319470593");
        TestRender.FrameHash(Spec("linear"), 3).Should().NotBe(TestRender.FrameHash(Spec("srgb"), 3));
    }

    [Fact]
    public void An_unknown_space_is_reported_at_its_line_and_column()
    {
        var act = () => TestRender.Parse(TestRender.LayerSpec(Layers + "\nblend_space: lin"));
        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First().ToString()
            .Should().Be(Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml") + "(11,22): error AA1003: Unknown blend space 'lin'.");
    }
}
