using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Palettes;

/// <summary>Golden frames of the palettes added with the full vocabulary and of the value-to-character variants (gamma, thresholds).</summary>
public class NewPaletteGoldenTests
{
    [Theory]
    [InlineData("gradient", 3, "3780ad3048fe6c41")]
    [InlineData("blocks_ext", 3, "9f61f0aaa20bd0ca")]
    [InlineData("shade", 3, "381baef95a7dade4")]
    [InlineData("circuit", 3, "36d68d00b44eb2f4")]
    [InlineData("rune", 3, "e92042739f06d90b")]
    [InlineData("alchemic", 3, "423c968bc9b44b8b")]
    [InlineData("zodiac", 3, "617d60ab1bb4b347")]
    [InlineData("arrows", 3, "05637cf9cc9ad2b2")]
    [InlineData("music", 3, "cad7e2bf6243d3e5")]
    [InlineData("katakana", 3, "c9c6048eab04488a")]
    [InlineData("greek", 3, "3219966030340cdb")]
    [InlineData("cyrillic", 3, "217b4b76ce3189ba")]
    [InlineData("arabic", 3, "91917f8de71f79e3")]
    [InlineData("braille", 3, "946e809479f8733d")]
    [InlineData("stars", 3, "0c78ed27b40c4bf8")]
    [InlineData("halffill", 3, "48a06b489416907f")]
    [InlineData("hatch", 3, "f2dd8c18dae1580e")]
    [InlineData("ocean", 3, "f4c5a55fe013e450")]
    [InlineData("organic", 3, "5130a42990f976f5")]
    [InlineData("machine", 3, "649127e8b5969180")]
    [InlineData("brand", 3, "3e865ece5c6f2722")]
    [InlineData("{ type: brand, text: ACME }", 3, "2d6f35e5ea0f73eb")]
    [InlineData("{ type: blocks, gamma: 0.5 }", 3, "2f5a99cc9bf3ce53")]
    [InlineData("{ type: minimal, gamma: 2.2 }", 3, "0b26ce63a0dfe7e6")]
    [InlineData("{ type: custom, chars: \" .oO@\", thresholds: [0.2, 0.5, 0.7, 0.9] }", 3, "651aec369fe991f7")]
    public void Matches_golden_hash(string palette, int frame, string expected) =>
        TestRender.ShouldMatchGolden(TestRender.LayerSpec($"field: sine_field\npalette: {palette}"), frame, expected);
}
