using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.ColorPalettes;

public class ColorPalettesTests
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<ColorPalette>().Entries)
        {
            data.Add(entry.Name);
        }

        return data;
    }

    private static string Spec(string name) => TestRender.LayerSpec($"field: sine_field\ncolor: {{ type: palette, name: {name} }}");

    private static double Luma(Rgb24 c) => 0.299 * c.R + 0.587 * c.G + 0.114 * c.B;

    [Fact]
    public void The_reference_palettes_are_all_registered()
    {
        SpecRegistry.Kind<ColorPalette>().Entries.Select(e => e.Name).Should().Contain(new[]
        {
            "neon", "pastel", "mono_green", "mono_amber", "cyberpunk", "vaporwave", "fire", "ice", "blood", "forest", "earth",
        });
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Has_several_visible_colours(string name)
    {
        var colors = Probe.Default<ColorPalette>(name).Colors;
        colors.Count.Should().BeGreaterThanOrEqualTo(3);
        colors.Should().OnlyHaveUniqueItems();
        colors.Should().OnlyContain(c => Luma(c) > 40, "a colour close to black would vanish on the black background");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Is_usable_by_name_in_a_spec(string name)
    {
        TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec(name)), 5)).Should().BeGreaterThan(15);
    }

    [Theory]
    [InlineData("mono_green")]
    [InlineData("mono_amber")]
    [InlineData("fire")]
    [InlineData("ice")]
    [InlineData("blood")]
    public void Ramps_run_from_dark_to_bright(string name)
    {
        Probe.Default<ColorPalette>(name).Colors.Select(Luma).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("blood", 3, "f8210e6c38e3a347")]
    [InlineData("blood", 14, "34d7f3a5fb020702")]
    [InlineData("cyberpunk", 3, "9b33e8a77de4ef83")]
    [InlineData("cyberpunk", 14, "33eb048bdd59f44b")]
    [InlineData("earth", 3, "85f3c5750ddc0b82")]
    [InlineData("earth", 14, "3702a67bf61c2d52")]
    [InlineData("fire", 3, "dc6fda84676ce421")]
    [InlineData("fire", 14, "136b51b24919b24c")]
    [InlineData("forest", 3, "048fb77a0c18e2e7")]
    [InlineData("forest", 14, "2c9719e9dc92b84b")]
    [InlineData("ice", 3, "0ca9b0a276018465")]
    [InlineData("ice", 14, "a8ff5e2100c49660")]
    [InlineData("mono_amber", 3, "b320772ad359c2b4")]
    [InlineData("mono_amber", 14, "cfd9d692db04a28b")]
    [InlineData("mono_green", 3, "231ac8e979872d30")]
    [InlineData("mono_green", 14, "c354573c91e818a3")]
    [InlineData("pastel", 3, "aa8ee1bfe097d720")]
    [InlineData("pastel", 14, "cb203b19af22044b")]
    [InlineData("vaporwave", 3, "8022a0bdad6bb91e")]
    [InlineData("vaporwave", 14, "e23e15863fc943b4")]
    public void Matches_golden_hash(string name, int frame, string expected) => TestRender.ShouldMatchGolden(Spec(name), frame, expected);
}
