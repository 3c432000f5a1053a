using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("ocean", "Ripples and waves.")]
public sealed record OceanPalette : CharacterPalette
{
    public override string Characters => " .,-~∼≈≋";
}
