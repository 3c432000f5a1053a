using AsciiAssets.Numerics;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

public class HarmonyAndTemperatureTests
{
    private static Rgb24[] Colorize(ColorParameters color, float seconds, params float[] values)
    {
        var colors = new Rgb24[values.Length];
        color.Create(Probe.Grid(values.Length, 1)).Colorize(Probe.AtSeconds(seconds), values, colors);
        return colors;
    }

    private static void ShouldBeClose(Rgb24 actual, Rgb24 expected) =>
        new[] { actual.R - expected.R, actual.G - expected.G, actual.B - expected.B }.Should().OnlyContain(d => Math.Abs(d) <= 1, $"{actual} should be {expected}");

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(255, 255, 255)]
    [InlineData(255, 0, 0)]
    [InlineData(12, 200, 90)]
    [InlineData(47, 91, 255)]
    public void Oklab_converts_both_ways(byte r, byte g, byte b)
    {
        var (l, a, bb) = ColorSpaces.RgbToOklab(new Rgb24(r, g, b));
        ShouldBeClose(ColorSpaces.OklabToRgb(l, a, bb), new Rgb24(r, g, b));
    }

    [Fact]
    public void Perceptual_interpolation_keeps_lightness_even()
    {
        // Black to white halfway in OKLab is L = 0.5, a mid grey much darker than the sRGB midpoint's 128 looks.
        var mid = ColorSpaces.LerpOklab(ColorSpaces.RgbToOklab(new Rgb24(0, 0, 0)), ColorSpaces.RgbToOklab(new Rgb24(255, 255, 255)), 0.5f);
        mid.L.Should().BeApproximately(0.5f, 1e-3f);
    }

    public static TheoryData<HarmonyColor, float[]> Harmonies() => new()
    {
        { new ComplementaryColor(), [0f, 0.5f] },
        { new TriadicColor(), [0f, 1f / 3f, 2f / 3f] },
        { new AnalogousColor(), [-1f / 12f, 0f, 1f / 12f] },
        { new SplitComplementaryColor(), [0f, 5f / 12f, 7f / 12f] },
        { new TetradicColor(), [0f, 0.25f, 0.5f, 0.75f] },
    };

    [Theory]
    [MemberData(nameof(Harmonies))]
    public void A_harmony_runs_through_its_hues_in_order(HarmonyColor harmony, float[] offsets)
    {
        var color = harmony with { Hue = 0.2f, HueSpeed = 0, Floor = 1 };
        var values = Enumerable.Range(0, offsets.Length).Select(k => (float)k / (offsets.Length - 1)).ToArray();
        var colors = Colorize(color, 0, values);
        for (var k = 0; k < offsets.Length; k++)
        {
            ShouldBeClose(colors[k], ColorSpaces.OklchToRgb(color.Lightness, color.Chroma, 0.2f + offsets[k]));
        }
    }

    [Fact]
    public void A_harmony_rotates_with_time()
    {
        var color = new TriadicColor { HueSpeed = 0.25f };
        Colorize(color, 0, 0.5f)[0].Should().NotBe(Colorize(color, 1, 0.5f)[0]);
    }

    [Fact]
    public void Temperature_runs_from_cold_to_warm()
    {
        var color = new TemperatureColor(Floor: 1);
        var colors = Colorize(color, 0, 0f, 1f);
        ShouldBeClose(colors[0], new Rgb24(0x2f, 0x5b, 0xff));
        ShouldBeClose(colors[1], new Rgb24(0xff, 0x8a, 0x2a));
        Colorize(color with { Bias = 1 }, 0, 0f)[0].Should().Be(colors[1], "a full warm bias makes every cell warm");
    }

    [Fact]
    public void Monochrome_is_grey_at_both_ends_and_tinted_between()
    {
        var colors = Colorize(new MonochromeColor(Hue: 0.7f, Chroma: 0.2f), 0, 0f, 0.5f, 1f);
        colors[0].R.Should().BeCloseTo(colors[0].B, 1);
        colors[2].R.Should().BeCloseTo(colors[2].B, 1);
        (colors[1].B - colors[1].R).Should().BeGreaterThan(20, "hue 0.7 is blue");
    }

    [Fact]
    public void A_fixed_hue_ignores_time_and_a_plasma_hue_flows()
    {
        var values = new[] { 0.8f, 0.8f, 0.8f };
        var fixedHue = new HueColor(Source: HueSource.Fixed, Speed: 1);
        Colorize(fixedHue, 0, values).Should().Equal(Colorize(fixedHue, 0.3f, values));
        var plasma = new HueColor(Source: HueSource.Plasma, Speed: 0);
        Colorize(plasma, 0, values).Should().NotEqual(Colorize(plasma, 1, values));
    }

    [Fact]
    public void The_oklch_angle_field_colours_cells_by_their_angle()
    {
        var colors = new Rgb24[4];
        new OklchColor(HueSpeed: 0, Spread: 1, Source: HueSource.Angle).Create(Probe.Grid(2, 2)).Colorize(Probe.At(0), [1f, 1f, 1f, 1f], colors);
        colors.Distinct().Should().HaveCount(4, "the four cells sit at four angles around the centre");
    }
}
