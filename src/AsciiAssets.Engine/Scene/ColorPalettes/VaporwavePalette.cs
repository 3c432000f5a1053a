using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("vaporwave", "Pink, cyan, mint, purple and pale yellow of 80s/90s nostalgia.")]
public sealed record VaporwavePalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0xff71ce), Hex(0xb967ff), Hex(0x01cdfe), Hex(0x05ffa1), Hex(0xfffb96) };
}
