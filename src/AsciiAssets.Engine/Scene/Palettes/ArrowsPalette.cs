using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("arrows", "Single and double arrows in every direction.")]
public sealed record ArrowsPalette : CharacterPalette
{
    public override string Characters => " ←↑→↓↔↕↖↗↘↙⇐⇑⇒⇓⇔⇕";
}
