using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

/// <summary>Golden frames of the colour strategies and hue fields added with the full vocabulary.</summary>
public class NewColorGoldenTests
{
    [Theory]
    [InlineData("{ type: hue, source: fixed, offset: 0.3 }", 3, "ff8cca1e30907857")]
    [InlineData("{ type: hue, source: fixed, offset: 0.3 }", 14, "eedec543a5af91c3")]
    [InlineData("{ type: hue, source: centroid }", 3, "c9d234e38dc707ca")]
    [InlineData("{ type: hue, source: centroid }", 14, "f6d7714320a7a2ee")]
    [InlineData("{ type: hue, source: plasma }", 3, "0d40cf80f2b64bbc")]
    [InlineData("{ type: hue, source: plasma }", 14, "d65d9e85d67f0d0e")]
    [InlineData("{ type: oklch, source: angle, spread: 1 }", 3, "de02282d4390df8a")]
    [InlineData("{ type: oklch, source: angle, spread: 1 }", 14, "54f2c4962a229aa7")]
    [InlineData("{ type: oklch, source: plasma }", 3, "ef0d6df7ae7b3aca")]
    [InlineData("{ type: oklch, source: plasma }", 14, "ad6a7c34450ac383")]
    [InlineData("complementary", 3, "5ea703a3f4c8de87")]
    [InlineData("complementary", 14, "5b96b8e63eb9f9a1")]
    [InlineData("triadic", 3, "5f3b4a6e589ec66a")]
    [InlineData("triadic", 14, "e79b3657d978004d")]
    [InlineData("analogous", 3, "3f676c098dfc7bb2")]
    [InlineData("analogous", 14, "9587e5cda89ca5f4")]
    [InlineData("split_complementary", 3, "37fa6b5b5bd76ce7")]
    [InlineData("split_complementary", 14, "bb35440edb909bdb")]
    [InlineData("tetradic", 3, "90e2398f8cadf235")]
    [InlineData("tetradic", 14, "967116f5b02fe990")]
    [InlineData("{ type: triadic, hue: 0.1, hue_speed: 0.5, chroma: 0.2 }", 3, "90e4cfc6d4f10152")]
    [InlineData("{ type: triadic, hue: 0.1, hue_speed: 0.5, chroma: 0.2 }", 14, "903e3503de27440f")]
    [InlineData("temperature", 3, "b67824c273fae8e3")]
    [InlineData("temperature", 14, "471fe2f13f33b920")]
    [InlineData("{ type: temperature, cold: \"#00ffcc\", warm: \"#ff0066\", bias: 0.2 }", 3, "2b630f89aac7a20e")]
    [InlineData("{ type: temperature, cold: \"#00ffcc\", warm: \"#ff0066\", bias: 0.2 }", 14, "3acfd1e4c36d8838")]
    [InlineData("monochrome", 3, "b37f687adcddda35")]
    [InlineData("monochrome", 14, "0236a732a577460a")]
    [InlineData("{ type: monochrome, hue: 0.7, chroma: 0.2 }", 3, "e7ad9f736ea511cb")]
    [InlineData("{ type: monochrome, hue: 0.7, chroma: 0.2 }", 14, "b0b7fb999c501bb6")]
    public void Matches_golden_hash(string color, int frame, string expected) =>
        TestRender.ShouldMatchGolden(TestRender.LayerSpec($"field: plasma\ncolor: {color}"), frame, expected);
}
