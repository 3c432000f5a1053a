using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("box", "Box-drawing lines, ordered by ink, from single strokes to crossings.")]
public sealed record BoxPalette : CharacterPalette
{
    public override string Characters => " ─┐┘┌└┬┴│┤├┼";
}
