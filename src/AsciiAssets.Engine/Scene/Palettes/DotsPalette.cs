using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("dots", "Dots and circles of growing size.")]
public sealed record DotsPalette : CharacterPalette
{
    public override string Characters => " ·:∴∷•◦○◎◉●";
}
