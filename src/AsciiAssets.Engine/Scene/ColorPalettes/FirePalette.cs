using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("fire", "Deep red through orange to yellow-white, dark to bright.")]
public sealed record FirePalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x6b0f00), Hex(0xa31a00), Hex(0xe0420b), Hex(0xff7a00), Hex(0xffb21a), Hex(0xffe066), Hex(0xfff7d6) };
}
