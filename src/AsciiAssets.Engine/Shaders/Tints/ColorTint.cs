using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

/// <summary>
/// A named colour cast for the 'tint' shader: each pixel's luma is carried from <see cref="Shadow"/> (black) to
/// <see cref="Highlight"/> (white), and <see cref="Keep"/> of the pixel's own colour is kept. That is one colour
/// matrix plus offset, so a tint costs what saturation costs.
/// </summary>
[RegistryKind("tint", "tints")]
public abstract record ColorTint : IPresetDetails
{
    /// <summary>What black becomes.</summary>
    public abstract Rgb24 Shadow { get; }

    /// <summary>What white becomes.</summary>
    public abstract Rgb24 Highlight { get; }

    /// <summary>How much of the pixel's own colour stays, 0 (a pure duotone) to 1 (no tint).</summary>
    public abstract float Keep { get; }

    public string Details => $"Black becomes #{Shadow.R:x2}{Shadow.G:x2}{Shadow.B:x2}, white #{Highlight.R:x2}{Highlight.G:x2}{Highlight.B:x2}; {Keep * 100:0} % of the original colour is kept.";

    protected static Rgb24 Hex(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
}
