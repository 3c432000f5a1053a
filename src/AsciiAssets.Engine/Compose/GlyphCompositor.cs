using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;

namespace AsciiAssets.Compose;

/// <summary>
/// Draws a grid of coloured glyphs: pixel = glyph alpha × cell colour / 255, 16 channel values per vector
/// operation. Cells tile the grid, so a cell never overlaps another and the max-blend of the reference reduces
/// to a store. <see cref="Paint"/> overwrites the frame; <see cref="Blend"/> blends the glyph pixels straight onto
/// it, which saves a layer buffer, its clearing and a blend pass over the whole frame. Nothing is allocated per frame.
/// </summary>
public static class GlyphCompositor
{
    private const int StoreBytes = 32;

    // Lane i of the three pattern vectors carries channel (16·k + i) mod 3 of a cell's colour.
    private static readonly Vector256<ushort>[] RedMask = ChannelMasks(0);
    private static readonly Vector256<ushort>[] GreenMask = ChannelMasks(1);
    private static readonly Vector256<ushort>[] BlueMask = ChannelMasks(2);

    /// <summary>Overwrites every pixel of the frame: the cells with their glyphs, blank cells and the margins around the grid with black.</summary>
    public static void Paint(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors)
    {
        if (atlas.Count == 0)
        {
            target.Clear();
            return;
        }

        ClearMargins(target, grid, atlas);
        Draw(target, grid, atlas, glyphs, colors, default(Store));
    }

    /// <summary>
    /// Blends the glyphs onto the frame as a layer of their own would blend: exact for modes whose black leaves the
    /// bottom, because every pixel this skips or pads with zero alpha is black in such a layer.
    /// </summary>
    public static void Blend(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, BlendMode mode, float opacity)
    {
        if (!mode.BlackLeavesBottom)
        {
            throw new ArgumentException($"{mode.GetType().Name} changes what is below black pixels; blend a painted layer with LayerBlender.", nameof(mode));
        }

        var weight = BlendKernels.Weight(opacity);
        if (weight != 0 && atlas.Count > 0)
        {
            BlendKernels.Run(mode, new BlendLoop(target, grid, atlas, glyphs, colors, weight));
        }
    }

    private static void ClearMargins(FrameBuffer target, Grid grid, GlyphAtlas atlas)
    {
        var top = grid.OffsetY;
        var bottom = Math.Min(target.Height, grid.OffsetY + grid.Rows * atlas.CellHeight);
        var left = grid.OffsetX * 3;
        var right = Math.Min(target.Stride, left + grid.Columns * atlas.CellWidth * 3);
        target.Pixels[..(top * target.Stride)].Clear();
        target.Pixels[(bottom * target.Stride)..].Clear();
        for (var y = top; y < bottom; y++)
        {
            var row = target.Row(y);
            row[..left].Clear();
            row[right..].Clear();
        }
    }

    private static void Draw<TWriter>(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, TWriter writer)
        where TWriter : struct, IGlyphWriter
    {
        if (glyphs.Length < grid.CellCount || colors.Length < grid.CellCount)
        {
            throw new ArgumentException("Glyph and colour arrays must hold a value for every cell of the grid.");
        }

        var stride = target.Stride;
        var rowBytes = atlas.CellWidth * 3;
        var vectors = atlas.RowLanes / GlyphAtlas.LanesPerVector;
        // Whole 32-byte stores may run past a cell's right edge. What they write there is what zero alpha gives (the
        // atlas pads rows with zero alpha): black when painting, which a later cell or the black margin overwrites or
        // equals, and the pixel below unchanged when blending. Past the end of a pixel row the exact path takes over.
        var paddedBytes = (vectors + 1) / 2 * StoreBytes;
        var lastSafeX = stride - paddedBytes;
        var skipBlank = writer.SkipsBlankCells;
        var empty = atlas.IsEmpty;
        var cellHeight = atlas.CellHeight;
        var rowLanes = atlas.RowLanes;
        var lanesPerGlyph = atlas.LanesPerGlyph;
        ref var lanesBase = ref MemoryMarshal.GetArrayDataReference(atlas.AllLanes);
        ref var pixelBase = ref MemoryMarshal.GetReference(target.Pixels);
        ref var glyphBase = ref MemoryMarshal.GetArrayDataReference(glyphs);
        ref var colorBase = ref MemoryMarshal.GetArrayDataReference(colors);
        var columns = grid.Columns;
        var redMask = RedMask;
        var greenMask = GreenMask;
        var blueMask = BlueMask;
        var r0 = redMask[0];
        var r1 = redMask[1];
        var g0 = greenMask[0];
        var g1 = greenMask[1];
        var b0 = blueMask[0];
        var b1 = blueMask[1];
        for (var row = 0; row < grid.Rows; row++)
        {
            var first = row * columns;
            var rowOrigin = (grid.OffsetY + row * cellHeight) * stride + grid.OffsetX * 3;
            for (var column = 0; column < columns; column++)
            {
                var cell = first + column;
                var glyph = Unsafe.Add(ref glyphBase, cell);
                var color = Unsafe.Add(ref colorBase, cell);
                if (skipBlank && (empty[glyph] || (color.R | color.G | color.B) == 0))
                {
                    continue;
                }

                var r = Vector256.Create((ushort)color.R);
                var g = Vector256.Create((ushort)color.G);
                var b = Vector256.Create((ushort)color.B);
                var p0 = (r & r0) | (g & g0) | (b & b0);
                var origin = rowOrigin + column * rowBytes;
                ref var alpha = ref Unsafe.Add(ref lanesBase, glyph * lanesPerGlyph);
                ref var destination = ref Unsafe.Add(ref pixelBase, origin);
                var fast = grid.OffsetX * 3 + column * rowBytes <= lastSafeX;
                if (fast && vectors == 2)
                {
                    // The common case (cells up to ten pixels wide): one store per glyph row.
                    var p1 = (r & r1) | (g & g1) | (b & b1);
                    for (var y = 0; y < cellHeight; y++)
                    {
                        writer.Write(ref destination, Multiply(Vector256.LoadUnsafe(ref alpha), p0), Multiply(Vector256.LoadUnsafe(ref alpha, 16), p1));
                        alpha = ref Unsafe.Add(ref alpha, rowLanes);
                        destination = ref Unsafe.Add(ref destination, stride);
                    }
                }
                else if (fast && vectors == 3)
                {
                    // Cells of 11 to 16 pixels (lg, xl at 1080p): two stores per glyph row, the second half blank.
                    var p1 = (r & r1) | (g & g1) | (b & b1);
                    var p2 = (r & redMask[2]) | (g & greenMask[2]) | (b & blueMask[2]);
                    for (var y = 0; y < cellHeight; y++)
                    {
                        writer.Write(ref destination, Multiply(Vector256.LoadUnsafe(ref alpha), p0), Multiply(Vector256.LoadUnsafe(ref alpha, 16), p1));
                        writer.Write(ref Unsafe.Add(ref destination, 32), Multiply(Vector256.LoadUnsafe(ref alpha, 32), p2), Vector256<ushort>.Zero);
                        alpha = ref Unsafe.Add(ref alpha, rowLanes);
                        destination = ref Unsafe.Add(ref destination, stride);
                    }
                }
                else if (fast && vectors == 5)
                {
                    // Cells of 22 to 26 pixels (xxl at 1080p): three stores per glyph row; patterns repeat every three vectors.
                    var p1 = (r & r1) | (g & g1) | (b & b1);
                    var p2 = (r & redMask[2]) | (g & greenMask[2]) | (b & blueMask[2]);
                    for (var y = 0; y < cellHeight; y++)
                    {
                        writer.Write(ref destination, Multiply(Vector256.LoadUnsafe(ref alpha), p0), Multiply(Vector256.LoadUnsafe(ref alpha, 16), p1));
                        writer.Write(ref Unsafe.Add(ref destination, 32), Multiply(Vector256.LoadUnsafe(ref alpha, 32), p2), Multiply(Vector256.LoadUnsafe(ref alpha, 48), p0));
                        writer.Write(ref Unsafe.Add(ref destination, 64), Multiply(Vector256.LoadUnsafe(ref alpha, 64), p1), Vector256<ushort>.Zero);
                        alpha = ref Unsafe.Add(ref alpha, rowLanes);
                        destination = ref Unsafe.Add(ref destination, stride);
                    }
                }
                else if (fast && vectors == 1)
                {
                    for (var y = 0; y < cellHeight; y++)
                    {
                        writer.Write(ref destination, Multiply(Vector256.LoadUnsafe(ref alpha), p0), Vector256<ushort>.Zero);
                        alpha = ref Unsafe.Add(ref alpha, rowLanes);
                        destination = ref Unsafe.Add(ref destination, stride);
                    }
                }
                else
                {
                    var p1 = (r & r1) | (g & g1) | (b & b1);
                    var p2 = (r & redMask[2]) | (g & greenMask[2]) | (b & blueMask[2]);
                    DrawAnyWidth(ref destination, ref alpha, stride, cellHeight, rowLanes, vectors, rowBytes, fast, p0, p1, p2, writer);
                }
            }
        }
    }

    /// <summary>Any number of vectors per glyph row; writes that would cross the end of a pixel row go through a buffer.</summary>
    private static void DrawAnyWidth<TWriter>(ref byte destination, ref ushort alpha, int stride, int cellHeight, int rowLanes, int vectors, int rowBytes, bool fast, Vector256<ushort> p0, Vector256<ushort> p1, Vector256<ushort> p2, TWriter writer)
        where TWriter : struct, IGlyphWriter
    {
        Span<byte> tail = stackalloc byte[StoreBytes];
        for (var y = 0; y < cellHeight; y++)
        {
            ref var line = ref Unsafe.Add(ref destination, y * stride);
            ref var alphaRow = ref Unsafe.Add(ref alpha, y * rowLanes);
            for (var k = 0; k < vectors; k += 2)
            {
                var low = Multiply(Vector256.LoadUnsafe(ref alphaRow, (nuint)(k * 16)), Pattern(k, p0, p1, p2));
                var high = k + 1 < vectors
                    ? Multiply(Vector256.LoadUnsafe(ref alphaRow, (nuint)((k + 1) * 16)), Pattern(k + 1, p0, p1, p2))
                    : Vector256<ushort>.Zero;
                var offset = k * 16;
                if (fast || offset + StoreBytes <= rowBytes)
                {
                    writer.Write(ref Unsafe.Add(ref line, offset), low, high);
                }
                else
                {
                    var inside = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref line, offset), rowBytes - offset);
                    inside.CopyTo(tail);
                    writer.Write(ref MemoryMarshal.GetReference(tail), low, high);
                    tail[..inside.Length].CopyTo(inside);
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

    /// <summary>
    /// a·c/255, rounded, exact for 0..255 inputs: with t = a·c + 128, (t + (t &gt;&gt; 8)) &gt;&gt; 8, which equals
    /// t·257 &gt;&gt; 16 for every such t (checked for all 65 536 pairs), one high multiply where the CPU has one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Multiply(Vector256<ushort> alpha, Vector256<ushort> color)
    {
        var t = alpha * color + Vector256.Create((ushort)128);
        return Avx2.IsSupported ? Avx2.MultiplyHigh(t, Vector256.Create((ushort)257)) : (t + (t >> 8)) >> 8;
    }

    /// <summary>How the 32 bytes of glyph pixels computed at a time reach the frame.</summary>
    private interface IGlyphWriter
    {
        /// <summary>True when cells without ink or colour can be left out because they would change nothing.</summary>
        bool SkipsBlankCells { get; }

        /// <summary>Writes 32 channel values (each 0..255 in a 16-bit lane, low lanes first) at the destination.</summary>
        void Write(ref byte destination, Vector256<ushort> low, Vector256<ushort> high);
    }

    private readonly struct Store : IGlyphWriter
    {
        public bool SkipsBlankCells => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ref byte destination, Vector256<ushort> low, Vector256<ushort> high) =>
            Vector256.Narrow(low, high).StoreUnsafe(ref destination);
    }

    /// <summary>The layer blender's step with the layer's pixels taken from registers instead of a layer buffer.</summary>
    private readonly struct BlendOnto<TKernel>(TKernel kernel, ushort weight) : IGlyphWriter
        where TKernel : struct, IBlendKernel
    {
        public bool SkipsBlankCells => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ref byte destination, Vector256<ushort> low, Vector256<ushort> high)
        {
            var (belowLow, belowHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref destination));
            var blendedLow = kernel.Blend(belowLow, low);
            var blendedHigh = kernel.Blend(belowHigh, high);
            if (weight != 256)
            {
                var w = Vector256.Create(weight);
                var inverse = Vector256.Create((ushort)(256 - weight));
                blendedLow = BlendKernels.Mix(belowLow, blendedLow, w, inverse);
                blendedHigh = BlendKernels.Mix(belowHigh, blendedHigh, w, inverse);
            }

            Vector256.Narrow(blendedLow, blendedHigh).StoreUnsafe(ref destination);
        }
    }

    private readonly struct BlendLoop(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, ushort weight) : IBlendLoop
    {
        public void Run<TKernel>(TKernel kernel)
            where TKernel : struct, IBlendKernel =>
            Draw(target, grid, atlas, glyphs, colors, new BlendOnto<TKernel>(kernel, weight));
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
