using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("blood", "Dark to bright reds.")]
public sealed record BloodPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x4d0000), Hex(0x7a0000), Hex(0xa30a0a), Hex(0xcc1a12), Hex(0xf03c2a), Hex(0xff7b66) };
}
