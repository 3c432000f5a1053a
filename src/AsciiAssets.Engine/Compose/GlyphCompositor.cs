using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;

namespace AsciiAssets.Compose;

/// <summary>
/// Draws a grid of coloured glyphs: pixel = glyph alpha × cell colour / 255, a vector of channel values per
/// operation (plain scalar code where the CPU has no vectors). Cells tile the grid, so a cell never overlaps another
/// and the max-blend of the reference reduces to a store. <see cref="Paint"/> overwrites the frame; <see cref="Blend"/>
/// blends the glyph pixels straight onto it, which saves a layer buffer, its clearing and a blend pass over the
/// whole frame. Nothing is allocated per frame.
/// </summary>
public static class GlyphCompositor
{
    // Lane i of the three pattern vectors carries channel (Count · k + i) mod 3 of a cell's colour; they repeat after three.
    private static readonly Vector<ushort>[] RedMask = ChannelMasks(0);
    private static readonly Vector<ushort>[] GreenMask = ChannelMasks(1);
    private static readonly Vector<ushort>[] BlueMask = ChannelMasks(2);

    /// <summary>Overwrites every pixel of the frame: the cells with their glyphs, blank cells and the margins around the grid with black.</summary>
    public static void Paint(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors)
    {
        if (atlas.Count == 0)
        {
            target.Clear();
            return;
        }

        ClearMargins(target, grid, atlas);
        if (Vector.IsHardwareAccelerated)
        {
            Draw(target, grid, atlas, glyphs, colors, new VectorCells<Store>(atlas, target.Stride, default));
        }
        else
        {
            Draw(target, grid, atlas, glyphs, colors, new ScalarCells<ScalarStore>(atlas, target.Stride, default));
        }
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

        var weight = ChannelLanes.Weight(opacity);
        if (weight == 0 || atlas.Count == 0)
        {
            return;
        }

        if (Vector.IsHardwareAccelerated)
        {
            mode.Run(new BlendLoop(target, grid, atlas, glyphs, colors, weight));
        }
        else
        {
            Draw(target, grid, atlas, glyphs, colors, new ScalarCells<ScalarBlendOnto>(atlas, target.Stride, new ScalarBlendOnto(mode.Table, weight)));
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

    /// <summary>Visits every cell the drawer does not skip, with its pixel, its glyph's lanes and its colour.</summary>
    private static void Draw<TCells>(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, TCells cells)
        where TCells : struct, ICellDrawer
    {
        if (glyphs.Length < grid.CellCount || colors.Length < grid.CellCount)
        {
            throw new ArgumentException("Glyph and colour arrays must hold a value for every cell of the grid.");
        }

        var stride = target.Stride;
        var rowBytes = atlas.CellWidth * 3;
        var skipBlank = cells.SkipsBlankCells;
        var empty = atlas.IsEmpty;
        var lanesPerGlyph = atlas.LanesPerGlyph;
        ref var lanesBase = ref MemoryMarshal.GetArrayDataReference(atlas.AllLanes);
        ref var pixelBase = ref MemoryMarshal.GetReference(target.Pixels);
        ref var glyphBase = ref MemoryMarshal.GetArrayDataReference(glyphs);
        ref var colorBase = ref MemoryMarshal.GetArrayDataReference(colors);
        var columns = grid.Columns;
        for (var row = 0; row < grid.Rows; row++)
        {
            var first = row * columns;
            var rowOrigin = (grid.OffsetY + row * atlas.CellHeight) * stride;
            for (var column = 0; column < columns; column++)
            {
                var cell = first + column;
                var glyph = Unsafe.Add(ref glyphBase, cell);
                var color = Unsafe.Add(ref colorBase, cell);
                if (skipBlank && (empty[glyph] || (color.R | color.G | color.B) == 0))
                {
                    continue;
                }

                var x = grid.OffsetX * 3 + column * rowBytes;
                cells.Draw(ref Unsafe.Add(ref pixelBase, rowOrigin + x), ref Unsafe.Add(ref lanesBase, glyph * lanesPerGlyph), color, x);
            }
        }
    }

    /// <summary>Draws one cell: its glyph's lanes times its colour, written by a writer.</summary>
    private interface ICellDrawer
    {
        /// <summary>True when cells without ink or colour can be left out because they would change nothing.</summary>
        bool SkipsBlankCells { get; }

        /// <param name="x">The byte offset of the cell's left edge in its pixel rows.</param>
        void Draw(ref byte destination, ref ushort alpha, Rgb24 color, int x);
    }

    /// <summary>A vector of channel values per operation, whole stores per glyph row.</summary>
    private readonly struct VectorCells<TWriter>(GlyphAtlas atlas, int stride, TWriter writer) : ICellDrawer
        where TWriter : struct, IGlyphWriter
    {
        private readonly int _stores = atlas.RowLanes / GlyphAtlas.LanesPerStore;

        // Whole stores may run past a cell's right edge. What they write there is what zero alpha gives (the atlas
        // pads rows with zero alpha): black when painting, which a later cell or the black margin overwrites or
        // equals, and the pixel below unchanged when blending. Past the end of a pixel row the exact path takes over.
        private readonly int _lastSafeX = stride - atlas.RowLanes / GlyphAtlas.LanesPerStore * GlyphAtlas.LanesPerStore;

        public bool SkipsBlankCells => writer.SkipsBlankCells;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Draw(ref byte destination, ref ushort alpha, Rgb24 color, int x)
        {
            var r = new Vector<ushort>(color.R);
            var g = new Vector<ushort>(color.G);
            var b = new Vector<ushort>(color.B);
            var p0 = (r & RedMask[0]) | (g & GreenMask[0]) | (b & BlueMask[0]);
            var p1 = (r & RedMask[1]) | (g & GreenMask[1]) | (b & BlueMask[1]);
            var p2 = (r & RedMask[2]) | (g & GreenMask[2]) | (b & BlueMask[2]);
            var fast = x <= _lastSafeX;
            // Cells up to 26 pixels wide with 256-bit vectors (every grid at 1080p), up to 16 with 128-bit ones take
            // one to three stores per glyph row, each count a loop of its own.
            if (fast && _stores == 1)
            {
                DrawRows<OneStore>(ref destination, ref alpha, p0, p1, p2);
            }
            else if (fast && _stores == 2)
            {
                DrawRows<TwoStores>(ref destination, ref alpha, p0, p1, p2);
            }
            else if (fast && _stores == 3)
            {
                DrawRows<ThreeStores>(ref destination, ref alpha, p0, p1, p2);
            }
            else
            {
                DrawAnyWidth(ref destination, ref alpha, stride, atlas.CellHeight, atlas.RowLanes, _stores, atlas.CellWidth * 3, fast, p0, p1, p2, writer);
            }
        }

        /// <summary>Every glyph row with <typeparamref name="TStores"/> whole stores, the patterns repeating every three vectors.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void DrawRows<TStores>(ref byte destination, ref ushort alpha, Vector<ushort> p0, Vector<ushort> p1, Vector<ushort> p2)
            where TStores : struct, IStoreCount
        {
            var lanes = Vector<ushort>.Count;
            var storeBytes = GlyphAtlas.LanesPerStore;
            var rowLanes = atlas.RowLanes;
            var pixelStride = stride;
            for (var y = atlas.CellHeight; y > 0; y--)
            {
                writer.Write(ref destination, Multiply(ref alpha, 0, p0), Multiply(ref alpha, lanes, p1));
                if (TStores.Value > 1)
                {
                    writer.Write(ref Unsafe.Add(ref destination, storeBytes), Multiply(ref alpha, 2 * lanes, p2), Multiply(ref alpha, 3 * lanes, p0));
                }

                if (TStores.Value > 2)
                {
                    writer.Write(ref Unsafe.Add(ref destination, 2 * storeBytes), Multiply(ref alpha, 4 * lanes, p1), Multiply(ref alpha, 5 * lanes, p2));
                }

                alpha = ref Unsafe.Add(ref alpha, rowLanes);
                destination = ref Unsafe.Add(ref destination, pixelStride);
            }
        }
    }

    /// <summary>A number of stores per glyph row known when the loop is compiled, so its tests vanish.</summary>
    private interface IStoreCount
    {
        static abstract int Value { get; }
    }

    private readonly struct OneStore : IStoreCount
    {
        public static int Value => 1;
    }

    private readonly struct TwoStores : IStoreCount
    {
        public static int Value => 2;
    }

    private readonly struct ThreeStores : IStoreCount
    {
        public static int Value => 3;
    }

    /// <summary>
    /// The scalar path: per pixel, one multiply of the alpha by the colour packed as three 16-bit lanes of a ulong
    /// (each product fits its lane), then the rounding division by 255 of all three at once.
    /// </summary>
    private readonly struct ScalarCells<TWriter>(GlyphAtlas atlas, int stride, TWriter writer) : ICellDrawer
        where TWriter : struct, IScalarGlyphWriter
    {
        private const ulong Half = 128 | (128UL << 16) | (128UL << 32);
        private const ulong LowBytes = 0xFF | (0xFFUL << 16) | (0xFFUL << 32);

        public bool SkipsBlankCells => writer.SkipsBlankCells;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Draw(ref byte destination, ref ushort alpha, Rgb24 color, int x)
        {
            var packed = color.R | ((ulong)color.G << 16) | ((ulong)color.B << 32);
            var cellWidth = atlas.CellWidth;
            for (var y = 0; y < atlas.CellHeight; y++)
            {
                for (var i = 0; i < cellWidth; i++)
                {
                    var t = Unsafe.Add(ref alpha, 3 * i) * packed + Half;
                    writer.Write(ref Unsafe.Add(ref destination, 3 * i), (t + ((t >> 8) & LowBytes)) >> 8);
                }

                alpha = ref Unsafe.Add(ref alpha, atlas.RowLanes);
                destination = ref Unsafe.Add(ref destination, stride);
            }
        }
    }

    /// <summary>Any number of stores per glyph row; stores that would cross the end of a pixel row go through a buffer.</summary>
    private static void DrawAnyWidth<TWriter>(ref byte destination, ref ushort alpha, int stride, int cellHeight, int rowLanes, int stores, int rowBytes, bool fast, Vector<ushort> p0, Vector<ushort> p1, Vector<ushort> p2, TWriter writer)
        where TWriter : struct, IGlyphWriter
    {
        var lanes = Vector<ushort>.Count;
        var storeBytes = GlyphAtlas.LanesPerStore;
        Span<byte> tail = stackalloc byte[storeBytes];
        for (var y = 0; y < cellHeight; y++)
        {
            ref var line = ref Unsafe.Add(ref destination, y * stride);
            ref var alphaRow = ref Unsafe.Add(ref alpha, y * rowLanes);
            // Store s takes patterns (2s) mod 3 and (2s + 1) mod 3: (p0, p1), (p2, p0), (p1, p2), then again.
            var (low, high, next) = (p0, p1, p2);
            for (var s = 0; s < stores; s++)
            {
                var lowLanes = Multiply(ref alphaRow, 2 * s * lanes, low);
                var highLanes = Multiply(ref alphaRow, (2 * s + 1) * lanes, high);
                var offset = s * storeBytes;
                if (fast || offset + storeBytes <= rowBytes)
                {
                    writer.Write(ref Unsafe.Add(ref line, offset), lowLanes, highLanes);
                }
                else
                {
                    var inside = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref line, offset), rowBytes - offset);
                    inside.CopyTo(tail);
                    writer.Write(ref MemoryMarshal.GetReference(tail), lowLanes, highLanes);
                    tail[..inside.Length].CopyTo(inside);
                }

                (low, high, next) = (next, low, high);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> Multiply(ref ushort alpha, int lane, Vector<ushort> color) =>
        ChannelLanes.MultiplyDiv255(Vector.LoadUnsafe(ref alpha, (nuint)lane), color);

    /// <summary>How the channel values computed a store at a time reach the frame.</summary>
    private interface IGlyphWriter
    {
        /// <summary>True when cells without ink or colour can be left out because they would change nothing.</summary>
        bool SkipsBlankCells { get; }

        /// <summary>Writes two vectors of channel values (each 0..255 in a 16-bit lane, low lanes first) at the destination.</summary>
        void Write(ref byte destination, Vector<ushort> low, Vector<ushort> high);
    }

    /// <summary>How one pixel's channel values reach the frame on the scalar path.</summary>
    private interface IScalarGlyphWriter
    {
        /// <inheritdoc cref="IGlyphWriter.SkipsBlankCells"/>
        bool SkipsBlankCells { get; }

        /// <summary>Writes R, G and B, the low bytes of the ulong's 16-bit lanes 0, 1 and 2, at the pixel.</summary>
        void Write(ref byte pixel, ulong channels);
    }

    private readonly struct Store : IGlyphWriter
    {
        public bool SkipsBlankCells => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ref byte destination, Vector<ushort> low, Vector<ushort> high) =>
            Vector.Narrow(low, high).StoreUnsafe(ref destination);
    }

    /// <summary>The layer blender's step with the layer's pixels taken from registers instead of a layer buffer.</summary>
    private readonly struct BlendOnto<TKernel>(TKernel kernel, ushort weight) : IGlyphWriter
        where TKernel : struct, IBlendKernel
    {
        public bool SkipsBlankCells => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ref byte destination, Vector<ushort> low, Vector<ushort> high)
        {
            Vector.Widen(Vector.LoadUnsafe(ref destination), out var belowLow, out var belowHigh);
            var blendedLow = kernel.Blend(belowLow, low);
            var blendedHigh = kernel.Blend(belowHigh, high);
            if (weight != 256)
            {
                var w = new Vector<ushort>(weight);
                var inverse = new Vector<ushort>((ushort)(256 - weight));
                blendedLow = ChannelLanes.Mix(belowLow, blendedLow, w, inverse);
                blendedHigh = ChannelLanes.Mix(belowHigh, blendedHigh, w, inverse);
            }

            Vector.Narrow(blendedLow, blendedHigh).StoreUnsafe(ref destination);
        }
    }

    private readonly struct ScalarStore : IScalarGlyphWriter
    {
        public bool SkipsBlankCells => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ref byte pixel, ulong channels)
        {
            pixel = (byte)channels;
            Unsafe.Add(ref pixel, 1) = (byte)(channels >> 16);
            Unsafe.Add(ref pixel, 2) = (byte)(channels >> 32);
        }
    }

    private readonly struct ScalarBlendOnto(PairTable table, int weight) : IScalarGlyphWriter
    {
        public bool SkipsBlankCells => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ref byte pixel, ulong channels)
        {
            Channel(ref pixel, (byte)channels);
            Channel(ref Unsafe.Add(ref pixel, 1), (byte)(channels >> 16));
            Channel(ref Unsafe.Add(ref pixel, 2), (byte)(channels >> 32));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Channel(ref byte below, byte top)
        {
            var blended = table[below, top];
            below = (byte)(weight == 256 ? blended : ChannelLanes.Mix(below, blended, weight));
        }
    }

    private readonly struct BlendLoop(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, ushort weight) : IBlendLoop
    {
        public void Run<TKernel>(TKernel kernel)
            where TKernel : struct, IBlendKernel =>
            Draw(target, grid, atlas, glyphs, colors, new VectorCells<BlendOnto<TKernel>>(atlas, target.Stride, new BlendOnto<TKernel>(kernel, weight)));
    }

    private static Vector<ushort>[] ChannelMasks(int channel)
    {
        var lanes = Vector<ushort>.Count;
        var masks = new Vector<ushort>[3];
        var pattern = new ushort[lanes];
        for (var k = 0; k < 3; k++)
        {
            for (var i = 0; i < lanes; i++)
            {
                pattern[i] = (lanes * k + i) % 3 == channel ? ushort.MaxValue : (ushort)0;
            }

            masks[k] = new Vector<ushort>(pattern);
        }

        return masks;
    }
}
