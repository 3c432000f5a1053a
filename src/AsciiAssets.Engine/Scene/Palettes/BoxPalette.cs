using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("box", "Box-drawing lines, from single strokes to crossings.")]
public sealed record BoxPalette : CharacterPalette
{
    public override string Characters => " ─│┌┐└┘├┤┬┴┼";
}
