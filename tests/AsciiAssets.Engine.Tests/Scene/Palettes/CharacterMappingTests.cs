using AsciiAssets.Scene;
using AsciiAssets.Scene.Palettes;

namespace AsciiAssets.Tests.Scene.Palettes;

public class CharacterMappingTests
{
    private static ushort[] Map(CharacterPalette palette, params float[] values)
    {
        var glyphs = new ushort[values.Length];
        palette.Map(values, glyphs, palette.Glyphs.Count);
        return glyphs;
    }

    [Fact]
    public void Values_pick_floor_v_times_n_clamped()
    {
        Map(new MinimalPalette(), 0f, 0.124f, 0.125f, 0.99f, 1f, -0.5f, 1.5f).Should().Equal(0, 0, 1, 7, 7, 0, 7);
    }

    [Fact]
    public void A_gamma_below_one_reaches_heavy_characters_sooner()
    {
        // 0.25^0.5 = 0.5 -> index 4 of 8; 0.25^2 = 0.0625 -> index 0.
        Map(new MinimalPalette { Gamma = 0.5f }, 0.25f).Should().Equal(4);
        Map(new MinimalPalette { Gamma = 2f }, 0.25f).Should().Equal(0);
    }

    [Fact]
    public void Thresholds_pick_the_last_character_whose_threshold_the_value_reaches()
    {
        var palette = new CustomPalette(" .oO@") { Thresholds = [0.2f, 0.5f, 0.7f, 0.9f] };
        Map(palette, 0f, 0.19f, 0.2f, 0.69f, 0.7f, 0.95f).Should().Equal(0, 0, 1, 2, 3, 4);
    }

    [Fact]
    public void Brand_palettes_keep_each_character_once_after_a_space_ordered_by_ink()
    {
        var glyphs = new BrandPalette("ACME ACME").Glyphs;
        glyphs[0].Should().Be(" ");
        glyphs.Should().BeEquivalentTo([" ", "A", "C", "M", "E"]);
    }

    [Fact]
    public void Named_palettes_are_reordered_by_ink_but_custom_ones_keep_their_order()
    {
        new ArrowsPalette().Glyphs.Should().NotEqual(CharacterPalette.TextElements(new ArrowsPalette().Characters), "the arrows are written by direction, not by ink");
        new CustomPalette("@. ").Glyphs.Should().Equal("@", ".", " ");
    }
}
