using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Rendering;

namespace AsciiAssets.Compose;

/// <summary>
/// Draws a grid of coloured glyphs into a cleared frame: pixel = glyph alpha × cell colour / 255,
/// 16 channel values per vector operation. Cells tile the grid, so a cell never overlaps another and the
/// max-blend of the reference reduces to a store. Nothing is allocated per frame.
/// </summary>
public static class GlyphCompositor
{
    private const int StoreBytes = 32;

    // Lane i of the three pattern vectors carries channel (16·k + i) mod 3 of a cell's colour.
    private static readonly Vector256<ushort>[] RedMask = ChannelMasks(0);
    private static readonly Vector256<ushort>[] GreenMask = ChannelMasks(1);
    private static readonly Vector256<ushort>[] BlueMask = ChannelMasks(2);

    public static void Composite(FrameBuffer target, Grid grid, GlyphAtlas atlas, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<Rgb24> colors)
    {
        var pixels = target.Pixels;
        var stride = target.Stride;
        var rowBytes = atlas.CellWidth * 3;
        var vectors = atlas.RowLanes / GlyphAtlas.LanesPerVector;
        // Whole 32-byte stores may run past a cell's right edge. What they write there is zero (the atlas pads
        // rows with zero alpha) and lands in cells drawn later or in the blank margin, so it is harmless
        // anywhere but past the end of a pixel row, where the exact path takes over.
        var paddedBytes = (vectors + 1) / 2 * StoreBytes;
        var lastSafeX = stride - paddedBytes;
        var empty = atlas.IsEmpty;
        ref var lanesBase = ref MemoryMarshal.GetArrayDataReference(atlas.AllLanes);
        ref var pixelBase = ref MemoryMarshal.GetReference(pixels);
        Span<byte> tail = stackalloc byte[StoreBytes];
        var redMask = RedMask;
        var greenMask = GreenMask;
        var blueMask = BlueMask;
        for (var cell = 0; cell < grid.CellCount; cell++)
        {
            var glyph = glyphs[cell];
            var color = colors[cell];
            if (empty[glyph] || (color.R | color.G | color.B) == 0)
            {
                continue;
            }

            var r = Vector256.Create((ushort)color.R);
            var g = Vector256.Create((ushort)color.G);
            var b = Vector256.Create((ushort)color.B);
            var p0 = (r & redMask[0]) | (g & greenMask[0]) | (b & blueMask[0]);
            var p1 = (r & redMask[1]) | (g & greenMask[1]) | (b & blueMask[1]);
            var p2 = (r & redMask[2]) | (g & greenMask[2]) | (b & blueMask[2]);

            var row = cell / grid.Columns;
            var column = cell - row * grid.Columns;
            var x = (grid.OffsetX + column * atlas.CellWidth) * 3;
            var origin = (grid.OffsetY + row * atlas.CellHeight) * stride + x;
            ref var alpha = ref Unsafe.Add(ref lanesBase, glyph * atlas.LanesPerGlyph);
            var fast = x <= lastSafeX;
            for (var y = 0; y < atlas.CellHeight; y++)
            {
                ref var destination = ref Unsafe.Add(ref pixelBase, origin + y * stride);
                ref var alphaRow = ref Unsafe.Add(ref alpha, y * atlas.RowLanes);
                for (var k = 0; k < vectors; k += 2)
                {
                    var low = Multiply(Vector256.LoadUnsafe(ref alphaRow, (nuint)(k * 16)), Pattern(k, p0, p1, p2));
                    var high = k + 1 < vectors
                        ? Multiply(Vector256.LoadUnsafe(ref alphaRow, (nuint)((k + 1) * 16)), Pattern(k + 1, p0, p1, p2))
                        : Vector256<ushort>.Zero;
                    var bytes = Vector256.Narrow(low, high);
                    var offset = k * 16;
                    if (fast || offset + StoreBytes <= rowBytes)
                    {
                        bytes.StoreUnsafe(ref destination, (nuint)offset);
                    }
                    else
                    {
                        bytes.StoreUnsafe(ref MemoryMarshal.GetReference(tail));
                        tail[..(rowBytes - offset)].CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref destination, offset), rowBytes - offset));
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Pattern(int k, Vector256<ushort> p0, Vector256<ushort> p1, Vector256<ushort> p2) =>
        (k % 3) switch
        {
            0 => p0,
            1 => p1,
            _ => p2,
        };

    /// <summary>a·c/255, rounded, exact for 0..255 inputs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Multiply(Vector256<ushort> alpha, Vector256<ushort> color)
    {
        var t = alpha * color + Vector256.Create((ushort)128);
        return (t + (t >> 8)) >> 8;
    }

    private static Vector256<ushort>[] ChannelMasks(int channel)
    {
        var masks = new Vector256<ushort>[3];
        Span<ushort> lanes = stackalloc ushort[16];
        for (var k = 0; k < 3; k++)
        {
            for (var i = 0; i < 16; i++)
            {
                lanes[i] = (16 * k + i) % 3 == channel ? ushort.MaxValue : (ushort)0;
            }

            masks[k] = Vector256.Create<ushort>(lanes);
        }

        return masks;
    }
}
