using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("hatch", "Hatching: single and crossed diagonals, then hatched and filled squares.")]
public sealed record HatchPalette : CharacterPalette
{
    public override string Characters => " ╱╲╳▧▨▤▥▦▩";
}
