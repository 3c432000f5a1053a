using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("blood", "Dark to bright reds.")]
public sealed record BloodPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x8b0000), Hex(0xa80a0a), Hex(0xc41414), Hex(0xe02020), Hex(0xff3b30), Hex(0xff7b66) };
}
