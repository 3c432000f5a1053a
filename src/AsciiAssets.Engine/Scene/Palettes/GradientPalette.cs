using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("gradient", "The reference's four-step shade gradient, light to solid.")]
public sealed record GradientPalette : CharacterPalette
{
    public override string Characters => " ░▒▓█";
}
