using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>A discrete list of colours, indexed by a layer's value (the 'palette' colour strategy).</summary>
[RegistryKind("color_palette", "color palettes")]
public abstract record ColorPalette
{
    public abstract IReadOnlyList<Rgb24> Colors { get; }

    protected static Rgb24 Hex(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
}
