using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("mono_green", "Green phosphor terminal, dark to bright.")]
public sealed record MonoGreenPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x0a5c1a), Hex(0x119c2b), Hex(0x16cc3a), Hex(0x33ff66), Hex(0x8cffa8), Hex(0xd9ffe0) };
}
