using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("braille", "The 63 six-dot braille patterns, ordered by ink: a fine dot-matrix ramp (drawn from their dots when the fonts lack them).")]
public sealed record BraillePalette : CharacterPalette
{
    public override string Characters { get; } = " " + string.Concat(Enumerable.Range(1, 63).Select(bits => (char)(0x2800 + bits)));
}
