using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("minimal", "Eight plain ASCII steps.")]
public sealed record MinimalPalette : CharacterPalette
{
    public override string Characters => " .:-=+#@";
}
