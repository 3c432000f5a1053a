using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("earth", "Soil, clay, ochre, olive and sand.")]
public sealed record EarthPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0x5c3a1e), Hex(0x8b5a2b), Hex(0xa0522d), Hex(0x6b6b2b), Hex(0xb08d57), Hex(0xd9c29c) };
}
