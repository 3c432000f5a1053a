using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.ColorPalettes;

[Registered("pastel", "Soft pink, peach, lemon, mint, sky and lilac.")]
public sealed record PastelPalette : ColorPalette
{
    public override IReadOnlyList<Rgb24> Colors { get; } = new[] { Hex(0xffb3ba), Hex(0xffd9b3), Hex(0xfff5ba), Hex(0xbaffc9), Hex(0xbae1ff), Hex(0xd9c2ff) };
}
