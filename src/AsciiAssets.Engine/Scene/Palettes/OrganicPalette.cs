using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("organic", "Rounded, pebble-like marks.")]
public sealed record OrganicPalette : CharacterPalette
{
    public override string Characters => " .,·'°∘oøOQ@";
}
