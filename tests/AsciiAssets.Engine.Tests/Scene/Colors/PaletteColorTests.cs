using AsciiAssets.Numerics;
using AsciiAssets.Scene;
using AsciiAssets.Scene.ColorPalettes;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

public class PaletteColorTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: rings\ncolor: { type: palette, name: vaporwave }");

    private static Rgb24[] Colorize(ColorParameters color, float seconds, params float[] values)
    {
        var colors = new Rgb24[values.Length];
        color.Create(Probe.Grid(values.Length, 1)).Colorize(Probe.AtSeconds(seconds), values, colors);
        return colors;
    }

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "9096c21e725f9115")]
    [InlineData(14, "2f2ac8423597039f")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void The_bare_name_uses_neon()
    {
        var plain = Colorize(Probe.Default<ColorParameters>("palette"), 0, 0.1f, 0.5f, 0.95f);
        plain.Should().Equal(Colorize(new PaletteColor(new NeonPalette()), 0, 0.1f, 0.5f, 0.95f));
    }

    [Fact]
    public void The_value_picks_the_colour_and_sets_the_brightness()
    {
        var fire = new FirePalette().Colors;
        var colors = Colorize(new PaletteColor(new FirePalette(), Floor: 0.5f), 0, 0f, 1f, 3.5f / 7f);
        colors[0].Should().Be(new Rgb24((byte)(fire[0].R / 2), (byte)(fire[0].G / 2), (byte)(fire[0].B / 2)), "value 0 is the first colour at the floor");
        colors[1].Should().Be(fire[^1], "value 1 is the last colour at full brightness");
        colors[2].Should().Be(new Rgb24((byte)(fire[3].R * 192 >> 8), (byte)(fire[3].G * 192 >> 8), (byte)(fire[3].B * 192 >> 8)));
    }

    [Fact]
    public void Speed_rotates_the_palette()
    {
        var ice = new IcePalette().Colors;
        var color = new PaletteColor(new IcePalette(), Floor: 1f, Speed: 2f);
        Colorize(color, 0, 0f)[0].Should().Be(ice[0]);
        Colorize(color, 1, 0f)[0].Should().Be(ice[2]);
    }

    [Fact]
    public void Smooth_blends_neighbouring_colours()
    {
        var neon = new NeonPalette().Colors;
        var colors = Colorize(new PaletteColor(new NeonPalette(), Floor: 1f, Smooth: true), 0, 0f, 0.125f, 1f);
        colors[0].Should().Be(neon[0]);
        colors[2].Should().Be(neon[^1]);
        // Halfway between the first two colours.
        colors[1].R.Should().Be((byte)((neon[0].R + neon[1].R + 1) / 2));
    }
}
