using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("music", "Notes and accidentals.")]
public sealed record MusicPalette : CharacterPalette
{
    public override string Characters => " ♩♪♫♬♭♮♯";
}
