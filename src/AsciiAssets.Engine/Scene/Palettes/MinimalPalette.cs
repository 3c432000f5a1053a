using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("minimal", "Eight plain ASCII steps.")]
public sealed record MinimalPalette : CharacterPalette
{
    public override string Characters => " .:-=+#@";

    /// <summary>The reference's ramp, in its order.</summary>
    protected override bool OrderedByInk => false;
}
