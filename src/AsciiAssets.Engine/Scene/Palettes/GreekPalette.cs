using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("greek", "Greek letters, small and capital.")]
public sealed record GreekPalette : CharacterPalette
{
    public override string Characters => " αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩ";
}
