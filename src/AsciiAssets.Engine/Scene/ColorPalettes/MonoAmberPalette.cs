using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("mono_amber", "Amber phosphor terminal, dark to bright.")]
public sealed record MonoAmberPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x7a3d00), Hex(0xb35c00), Hex(0xe07b00), Hex(0xff9f1a), Hex(0xffc25c), Hex(0xffe3a8) };
}
