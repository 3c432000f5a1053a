using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("dots", "Dots and circles ordered by ink, from a point to a filled disc.")]
public sealed record DotsPalette : CharacterPalette
{
    public override string Characters => " ·◦:∴•∷○◎◉●";
}
