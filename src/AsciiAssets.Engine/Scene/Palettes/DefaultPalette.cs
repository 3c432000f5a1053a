using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("default", "General-purpose density ramp.")]
public sealed record DefaultPalette : CharacterPalette
{
    public override string Characters => " .:-=+*#%@";

    /// <summary>The reference's ramp, in its order.</summary>
    protected override bool OrderedByInk => false;
}
