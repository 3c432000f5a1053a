using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("cyberpunk", "Hot pink, electric cyan, acid yellow and violet.")]
public sealed record CyberpunkPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0xff2a6d), Hex(0x7a04eb), Hex(0x05d9e8), Hex(0xfcee0a), Hex(0xd1f7ff) };
}
