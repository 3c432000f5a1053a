using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("alchemic", "Alchemical and planetary signs: the metals, sun and moon, the element triangles.")]
public sealed record AlchemicPalette : CharacterPalette
{
    public override string Characters => " ☉☽☿♀♁♂♃♄♅♆♇△▽⊕⊗";
}
