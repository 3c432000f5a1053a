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
        Span<byte> tail = stackalloc byte[32];
        Span<Vector256<ushort>> pattern = stackalloc Vector256<ushort>[3];
        for (var cell = 0; cell < grid.CellCount; cell++)
        {
            var glyph = glyphs[cell];
            var color = colors[cell];
            if (atlas.IsEmpty[glyph] || (color.R | color.G | color.B) == 0)
            {
                continue;
            }

            var r = Vector256.Create((ushort)color.R);
            var g = Vector256.Create((ushort)color.G);
            var b = Vector256.Create((ushort)color.B);
            for (var k = 0; k < 3; k++)
            {
                pattern[k] = (r & RedMask[k]) | (g & GreenMask[k]) | (b & BlueMask[k]);
            }

            var row = cell / grid.Columns;
            var column = cell - row * grid.Columns;
            var origin = (grid.OffsetY + row * atlas.CellHeight) * stride + (grid.OffsetX + column * atlas.CellWidth) * 3;
            var lanes = atlas.Lanes(glyph);
            for (var y = 0; y < atlas.CellHeight; y++)
            {
                var alphaRow = lanes.Slice(y * atlas.RowLanes, atlas.RowLanes);
                var destination = pixels.Slice(origin + y * stride, rowBytes);
                WriteRow(alphaRow, pattern, vectors, destination, tail);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteRow(ReadOnlySpan<ushort> alpha, ReadOnlySpan<Vector256<ushort>> pattern, int vectors, Span<byte> destination, Span<byte> tail)
    {
        ref var alphaRef = ref MemoryMarshal.GetReference(alpha);
        var written = 0;
        for (var k = 0; k < vectors; k += 2)
        {
            var low = Multiply(Vector256.LoadUnsafe(ref alphaRef, (nuint)(k * 16)), pattern[k % 3]);
            var high = k + 1 < vectors
                ? Multiply(Vector256.LoadUnsafe(ref alphaRef, (nuint)((k + 1) * 16)), pattern[(k + 1) % 3])
                : Vector256<ushort>.Zero;
            var bytes = Vector256.Narrow(low, high);
            var remaining = destination.Length - written;
            if (remaining >= 32)
            {
                bytes.StoreUnsafe(ref MemoryMarshal.GetReference(destination), (nuint)written);
                written += 32;
            }
            else
            {
                bytes.StoreUnsafe(ref MemoryMarshal.GetReference(tail));
                tail[..remaining].CopyTo(destination[written..]);
                return;
            }
        }
    }

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
