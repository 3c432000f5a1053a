using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AsciiAssets.Pixels;

/// <summary>
/// The alpha plane's byte loops. Frames of a transparent spec hold premultiplied colour (channel ≤ alpha): that is
/// what drawing glyphs on black already gives, so compositing, and shaders that work on light, stay as they are.
/// Colour shaders see straight colour (<see cref="Unpremultiply"/> before, <see cref="Premultiply"/> after), and the
/// encoders get straight RGBA, the form PNG, VP9 and ProRes store, so glyph edges keep their colour instead of
/// fading to black. Unpremultiplying then premultiplying gives back every channel exactly (rounding both ways).
/// </summary>
public static class AlphaPixels
{
    /// <summary>(channel, alpha) → channel · 255 / alpha rounded, at most 255; 0 where alpha is 0.</summary>
    private static readonly PairTable Straight = new((channel, alpha) => alpha == 0 ? 0 : Math.Min(255, (channel * 255 + alpha / 2) / alpha));

    /// <summary>(channel, alpha) → channel · alpha / 255 rounded.</summary>
    private static readonly PairTable Premultiplied = new(ChannelLanes.MultiplyDiv255);

    /// <summary>
    /// alpha = max(alpha, r, g, b): light that a shader or a blend added where little was drawn is at least as opaque
    /// as it is bright, which keeps every pixel a valid premultiplied one (channel ≤ alpha).
    /// </summary>
    public static void RaiseToLight(ReadOnlySpan<byte> rgb, Span<byte> alpha)
    {
        ref var pixel = ref MemoryMarshal.GetReference(rgb);
        for (var i = 0; i < alpha.Length; i++)
        {
            ref var a = ref alpha[i];
            var light = Math.Max(Unsafe.Add(ref pixel, 3 * i), Math.Max(Unsafe.Add(ref pixel, 3 * i + 1), Unsafe.Add(ref pixel, 3 * i + 2)));
            a = Math.Max(a, light);
        }
    }

    /// <summary>Premultiplied → straight colour in place, after <see cref="RaiseToLight"/>; transparent pixels become black.</summary>
    public static void Unpremultiply(Span<byte> rgb, Span<byte> alpha)
    {
        RaiseToLight(rgb, alpha);
        Map(rgb, alpha, Straight);
    }

    /// <summary>Straight → premultiplied colour in place: what a colour shader made of a transparent pixel vanishes.</summary>
    public static void Premultiply(Span<byte> rgb, ReadOnlySpan<byte> alpha) => Map(rgb, alpha, Premultiplied);

    /// <summary>Straight RGBA (4 bytes a pixel) from premultiplied rgb24 and its alpha plane, which must already cover the light.</summary>
    public static void PackStraight(ReadOnlySpan<byte> rgb, ReadOnlySpan<byte> alpha, Span<byte> rgba)
    {
        for (var i = 0; i < alpha.Length; i++)
        {
            var a = alpha[i];
            rgba[4 * i] = Straight[rgb[3 * i], a];
            rgba[4 * i + 1] = Straight[rgb[3 * i + 1], a];
            rgba[4 * i + 2] = Straight[rgb[3 * i + 2], a];
            rgba[4 * i + 3] = a;
        }
    }

    /// <summary>The alpha plane as a grey rgb24 frame, for a shader that moves pixels to move the alpha the same way.</summary>
    public static void ToMatte(ReadOnlySpan<byte> alpha, Span<byte> matte)
    {
        for (var i = 0; i < alpha.Length; i++)
        {
            var a = alpha[i];
            matte[3 * i] = a;
            matte[3 * i + 1] = a;
            matte[3 * i + 2] = a;
        }
    }

    /// <summary>
    /// The alpha back from a moved matte: the largest of its channels, so a shader that moves red and blue apart
    /// keeps each fringe as opaque as the channel that shows there.
    /// </summary>
    public static void FromMatte(ReadOnlySpan<byte> matte, Span<byte> alpha)
    {
        for (var i = 0; i < alpha.Length; i++)
        {
            alpha[i] = Math.Max(matte[3 * i], Math.Max(matte[3 * i + 1], matte[3 * i + 2]));
        }
    }

    private static void Map(Span<byte> rgb, ReadOnlySpan<byte> alpha, PairTable table)
    {
        for (var i = 0; i < alpha.Length; i++)
        {
            var a = alpha[i];
            if (a == 255)
            {
                continue;
            }

            ref var r = ref rgb[3 * i];
            r = table[r, a];
            ref var g = ref rgb[3 * i + 1];
            g = table[g, a];
            ref var b = ref rgb[3 * i + 2];
            b = table[b, a];
        }
    }
}
