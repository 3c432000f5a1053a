using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("forest", "Moss, fern and leaf greens with bark brown.")]
public sealed record ForestPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x5c4326), Hex(0x1e5631), Hex(0x2e7d32), Hex(0x4c9a2a), Hex(0x76ba1b), Hex(0xb5de5a) };
}
