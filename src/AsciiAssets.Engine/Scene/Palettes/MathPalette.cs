using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("math", "Mathematical symbols, ordered by ink, light to heavy.")]
public sealed record MathPalette : CharacterPalette
{
    public override string Characters => " ·-÷+≈×=√∞±∫∂∑≠≡π";
}
