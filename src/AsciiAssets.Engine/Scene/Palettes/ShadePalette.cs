using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("shade", "Quadrant blocks, from one corner to the full cell.")]
public sealed record ShadePalette : CharacterPalette
{
    public override string Characters => " ▘▝▖▗▚▞▀▄▌▐▛▜▙▟█";
}
