using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Particles.CharacterSets;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

/// <summary>The 13 particle character sets are palettes (so the palette tests check their glyphs and ink order too); here: the count and a golden frame each.</summary>
public class ParticleCharacterSetsTests
{
    [Fact]
    public void There_are_thirteen_each_named_particle_something()
    {
        var sets = SpecRegistry.Kind<CharacterPalette>().Entries.Where(e => typeof(ParticleCharacterSet).IsAssignableFrom(e.Type)).Select(e => e.Name).ToArray();
        sets.Should().HaveCount(13).And.OnlyContain(name => name.StartsWith("particle_"));
    }

    [Theory]
    [InlineData("particle_dots", "ba6aa46326575056")]
    [InlineData("particle_sparks", "d1ae9f56908def93")]
    [InlineData("particle_stars", "ddfee126df485649")]
    [InlineData("particle_embers", "d48d16d2586a4dc4")]
    [InlineData("particle_snow", "c5abebe5e7d82a0f")]
    [InlineData("particle_bubbles", "44ccf1d0f34101aa")]
    [InlineData("particle_rain", "d6998bc9de60f78e")]
    [InlineData("particle_smoke", "eff3eb8269f42cc9")]
    [InlineData("particle_glitter", "0cb1c288aa185efc")]
    [InlineData("particle_hearts", "f0c3b4859e8e5820")]
    [InlineData("particle_diamonds", "95cdda4c424f5fd6")]
    [InlineData("particle_crosses", "2f03c0b785ab8b44")]
    [InlineData("particle_circles", "f50b240e8a33a43d")]
    public void Matches_golden_hash(string palette, string expected) =>
        TestRender.ShouldMatchGolden(TestRender.LayerSpec($"field: {{ type: starfield, count: 400 }}\npalette: {palette}\ngrid: lg"), 6, expected);
}
