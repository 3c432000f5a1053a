using AsciiAssets.Numerics;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

public class OklchColorTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: value_noise\ncolor: { type: oklch, chroma: 0.2, hue: 0.6 }");

    private static Rgb24[] Colorize(ColorParameters color, float seconds, params float[] values)
    {
        var colors = new Rgb24[values.Length];
        color.Create(Probe.Grid(values.Length, 1)).Colorize(Probe.AtSeconds(seconds), values, colors);
        return colors;
    }

    private static double Luma(Rgb24 c) => 0.299 * c.R + 0.587 * c.G + 0.114 * c.B;

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "2ef62ab2ec9708da")]
    [InlineData(14, "d82f83c4826b5d73")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Brightness_follows_the_value()
    {
        var colors = Colorize(Probe.Default<ColorParameters>("oklch"), 0, 0f, 0.25f, 0.5f, 0.75f, 1f);
        colors.Select(Luma).Should().BeInAscendingOrder();
        Luma(colors[^1]).Should().BeGreaterThan(Luma(colors[0]) * 2);
    }

    [Fact]
    public void Is_the_oklch_colour_of_its_parameters_at_full_value()
    {
        var color = new OklchColor(Lightness: 0.7f, Chroma: 0.12f, Hue: 0.3f, HueSpeed: 0, Spread: 0.1f);
        Colorize(color, 0, 1f)[0].Should().Be(ColorSpaces.OklchToRgb(0.7f, 0.12f, 0.4f));
    }

    [Fact]
    public void No_chroma_gives_greys()
    {
        var colors = Colorize(new OklchColor(Chroma: 0), 0, 0.2f, 0.9f);
        colors.Should().OnlyContain(c => Math.Abs(c.R - c.G) <= 1 && Math.Abs(c.G - c.B) <= 1);
    }

    [Fact]
    public void Hue_turns_with_time()
    {
        var color = new OklchColor(HueSpeed: 0.25f);
        Colorize(color, 0, 1f)[0].Should().NotBe(Colorize(color, 1, 1f)[0]);
        Colorize(color, 0, 1f)[0].Should().Be(Colorize(color, 4, 1f)[0], "a full turn after 4 s");
    }
}
