using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("blocks", "Shade blocks from light to solid.")]
public sealed record BlocksPalette : CharacterPalette
{
    public override string Characters => " ░▒▓█";
}
