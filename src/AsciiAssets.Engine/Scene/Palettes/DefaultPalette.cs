using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("default", "General-purpose density ramp.")]
public sealed record DefaultPalette : CharacterPalette
{
    public override string Characters => " .:-=+*#%@";
}
