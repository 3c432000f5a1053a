using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("halffill", "Circles filling up: empty, quarter, half, three quarters, full.")]
public sealed record HalffillPalette : CharacterPalette
{
    public override string Characters => " ◦○◔◑◕●";
}
