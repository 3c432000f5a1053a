using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("neon", "Saturated magenta, cyan, lime and yellow.")]
public sealed record NeonPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0xff00aa), Hex(0x00e5ff), Hex(0x39ff14), Hex(0xfff01f), Hex(0xb026ff) };
}
