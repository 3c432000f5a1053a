using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("ice", "Deep blue through cyan to white, dark to bright.")]
public sealed record IcePalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x14406b), Hex(0x1f6fa8), Hex(0x3a9ad9), Hex(0x7cc8f2), Hex(0xbfe9ff), Hex(0xf2fcff) };
}
