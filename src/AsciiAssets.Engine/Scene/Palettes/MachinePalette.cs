using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("machine", "Rivets, bars, brackets and plates.")]
public sealed record MachinePalette : CharacterPalette
{
    public override string Characters => " .:-=≡+#%[]|▪■";
}
