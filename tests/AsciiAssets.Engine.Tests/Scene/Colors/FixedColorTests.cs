using AsciiAssets.Numerics;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

public class FixedColorTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: spiral\ncolor: { type: fixed, color: \"#ff8800\" }");

    private static Rgb24[] Colorize(ColorParameters color, params float[] values)
    {
        var colors = new Rgb24[values.Length];
        color.Create(Probe.Grid(values.Length, 1)).Colorize(Probe.At(0), values, colors);
        return colors;
    }

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "70234e860fbbc320")]
    [InlineData(14, "486bd6e38886a596")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Full_value_is_the_colour_and_zero_is_the_floor()
    {
        var colors = Colorize(new FixedColor(new RgbColor(200, 100, 40), Floor: 0.25f), 1f, 0f);
        colors[0].Should().Be(new Rgb24(200, 100, 40));
        colors[1].Should().Be(new Rgb24(50, 25, 10));
    }

    [Fact]
    public void The_bare_name_is_terminal_green()
    {
        Colorize(Probe.Default<ColorParameters>("fixed"), 1f)[0].Should().Be(new Rgb24(0x33, 0xff, 0x77));
    }

    [Fact]
    public void Only_the_colour_appears_in_the_frame()
    {
        var pixels = TestRender.Frame(TestRender.Plan(Spec), 6);
        for (var i = 0; i < pixels.Length; i += 3)
        {
            // Orange, darkened and tonemapped: blue stays at the tonemap's black level and red leads green.
            pixels[i].Should().BeGreaterThanOrEqualTo(pixels[i + 1]);
            pixels[i + 1].Should().BeGreaterThanOrEqualTo(pixels[i + 2]);
        }
    }
}
