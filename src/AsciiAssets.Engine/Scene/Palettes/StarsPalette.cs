using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("stars", "Points, sparkles and stars, faint to bright.")]
public sealed record StarsPalette : CharacterPalette
{
    public override string Characters => " ·˙∗⋆✦✧★☆✩✪✫✬✭✮✯✰✶✷✸✹✺";
}
