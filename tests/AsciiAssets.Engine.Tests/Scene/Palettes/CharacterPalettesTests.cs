using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;
using AsciiAssets.Scene.Palettes;
using AsciiAssets.Scene;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Palettes;

public class CharacterPalettesTests
{
    /// <summary>Every registered palette that works by name alone ('custom' needs its characters).</summary>
    public static TheoryData<string> Named()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<CharacterPalette>().Entries.Where(e => e.CreateDefault() is not null))
        {
            data.Add(entry.Name);
        }

        return data;
    }

    private static string Spec(string name) => TestRender.LayerSpec($"field: sine_field\npalette: {name}");

    [Theory]
    [MemberData(nameof(Named))]
    public void Every_character_is_drawable_by_the_bundled_font(string name)
    {
        var palette = Probe.Default<CharacterPalette>(name);
        foreach (var fontPixels in new[] { 6, 16, 40 })
        {
            var atlas = GlyphAtlas.Get(fontPixels, palette.Glyphs);
            atlas.MissingCharacters.Should().BeEmpty($"{name} at {fontPixels} px");
            atlas.Count.Should().Be(palette.Glyphs.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void Starts_with_a_space_and_has_no_repeats(string name)
    {
        var glyphs = Probe.Default<CharacterPalette>(name).Glyphs;
        glyphs[0].Should().Be(" ");
        glyphs.Should().OnlyHaveUniqueItems();
        glyphs.Count.Should().BeGreaterThan(2);
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void Is_usable_by_name_in_a_spec(string name)
    {
        var plan = TestRender.Plan(Spec(name));
        using var renderer = new FrameRenderer(plan);
        renderer.Warnings.Where(w => w.Code == "AA2001").Should().BeEmpty("the font draws every character of the palette");
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(5, buffer);
        TestRender.Mean(buffer.Pixels.ToArray()).Should().BeGreaterThan(15);
    }

    [Fact]
    public void Ramps_follow_the_reference()
    {
        new MinimalPalette().Characters.Should().Be(" .:-=+#@");
        new BlocksPalette().Characters.Should().Be(" ░▒▓█");
        new DensePalette().Glyphs.Should().HaveCount(70);
    }

    public static TheoryData<string> InkOrdered()
    {
        var data = new TheoryData<string>();
        foreach (var name in SpecRegistry.Kind<CharacterPalette>().Entries.Where(e => e.CreateDefault() is not null).Select(e => e.Name).Except(["default", "dense", "minimal", "binary"]))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Every named palette but the reference's fixed density ramps runs from the least to the most ink at the md size.</summary>
    [Theory]
    [MemberData(nameof(InkOrdered))]
    public void Symbol_ramps_are_ordered_by_ink(string name)
    {
        var atlas = GlyphAtlas.Get(CharacterPalette.InkFontPixels, Probe.Default<CharacterPalette>(name).Glyphs);
        var ink = Enumerable.Range(0, atlas.Count).Select(g =>
        {
            long sum = 0;
            foreach (var a in atlas.Lanes(g))
            {
                sum += a;
            }

            return sum;
        }).ToArray();
        ink.Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("binary", 3, "545f0835c7bfc7eb")]
    [InlineData("binary", 14, "eedea063eb0c5724")]
    [InlineData("blocks", 3, "3780ad3048fe6c41")]
    [InlineData("blocks", 14, "3fc3eb8bcae953b1")]
    [InlineData("box", 3, "5d5eed4534ef601b")]
    [InlineData("box", 14, "2163147caf16987b")]
    [InlineData("dense", 3, "ffc0e86b2f177a61")]
    [InlineData("dense", 14, "fc7b61ac0a786aa1")]
    [InlineData("dots", 3, "f8285d261e080c97")]
    [InlineData("dots", 14, "3343f7e0c86c69c3")]
    [InlineData("math", 3, "529669330f25de62")]
    [InlineData("math", 14, "eb141f0f04b3ea96")]
    [InlineData("minimal", 3, "127271de05a1c023")]
    [InlineData("minimal", 14, "5cc6c3828ef970bf")]
    public void Matches_golden_hash(string name, int frame, string expected) => TestRender.ShouldMatchGolden(Spec(name), frame, expected);
}
