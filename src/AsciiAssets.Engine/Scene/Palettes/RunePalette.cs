using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("rune", "Angular rune-like letters (the runic block is in neither bundled font, so these are its look-alikes from Latin, Greek and symbols).")]
public sealed record RunePalette : CharacterPalette
{
    public override string Characters => " |<>ΛΓΨϟþð↑∩Ж◊XMRFB";
}
