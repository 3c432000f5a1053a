using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;

namespace AsciiAssets.Compose;

/// <summary>
/// A layer's part of the alpha plane of a transparent frame: a lit cell's glyph coverage (times the cell's coverage
/// and the layer's opacity) combined with the alpha below by the mode's <see cref="AlphaRule"/>. The colour channels
/// are the glyph compositor's and the layer blender's, unchanged: drawn on black, they are already premultiplied by
/// exactly this coverage. Unlit cells (a blank glyph or a black colour) cover nothing. Only transparent specs run
/// this; nothing is allocated.
/// </summary>
public static class AlphaCompositor
{
    /// <summary>Overwrites the alpha plane with the layer's coverage, as <see cref="GlyphCompositor.Paint"/> overwrites the colours.</summary>
    /// <param name="coverage">Each cell's coverage, or empty when every cell shows whole.</param>
    public static void Paint(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, ReadOnlySpan<float> coverage)
    {
        target.Alpha.Clear();
        Blend(target, grid, atlas, glyphs, colors, coverage, AlphaRule.Replaces, 1f);
    }

    /// <inheritdoc cref="Paint"/>
    public static void Blend(FrameBuffer target, Grid grid, GlyphAtlas atlas, ushort[] glyphs, Rgb24[] colors, ReadOnlySpan<float> coverage, AlphaRule rule, float opacity)
    {
        var weight = ChannelLanes.Weight(opacity);
        if (rule == AlphaRule.Keeps || weight == 0 || grid.Rows == 0 || grid.Columns == 0)
        {
            return;
        }

        var alpha = target.Alpha;
        var width = target.Width;
        var lanes = atlas.AllLanes;
        var empty = atlas.IsEmpty;
        for (var y = 0; y < target.Height; y++)
        {
            var inRows = y >= grid.OffsetY && y < grid.OffsetY + grid.Rows * grid.CellHeight;
            // Margins take the nearest cell's coverage, as the colour's coverage mix does.
            var row = Math.Clamp((y - grid.OffsetY) / grid.CellHeight, 0, grid.Rows - 1);
            var glyphRow = inRows ? y - grid.OffsetY - row * grid.CellHeight : 0;
            var line = alpha.Slice(y * width, width);
            for (var x = 0; x < width; x++)
            {
                var inColumns = x >= grid.OffsetX && x < grid.OffsetX + grid.Columns * grid.CellWidth;
                var column = Math.Clamp((x - grid.OffsetX) / grid.CellWidth, 0, grid.Columns - 1);
                var cell = row * grid.Columns + column;
                var cellWeight = coverage.IsEmpty ? 256 : CellWeight(coverage[cell]);
                var glyph = glyphs[cell];
                var color = colors[cell];
                var ink = inRows && inColumns && !empty[glyph] && (color.R | color.G | color.B) != 0
                    ? lanes[glyph * atlas.LanesPerGlyph + glyphRow * atlas.RowLanes + 3 * (x - grid.OffsetX - column * grid.CellWidth)]
                    : 0;
                var take = cellWeight * weight;
                ref var a = ref line[x];
                a = rule == AlphaRule.Joins
                    ? (byte)(a + ChannelLanes.MultiplyDiv255(255 - a, (ink * take + 32768) >> 16))
                    : (byte)((a * (65536 - take) + ink * take + 32768) >> 16);
            }
        }
    }

    private static int CellWeight(float coverage) => coverage <= 0f ? 0 : coverage >= 1f ? 256 : (int)(coverage * 256f + 0.5f);
}

/// <summary>What a blend mode does to the alpha of a transparent frame; <see cref="BlendMode.AlphaRule"/> picks one per family of modes.</summary>
public enum AlphaRule
{
    /// <summary>The layer's coverage joins what is below (Porter-Duff over): modes whose black leaves the bottom add light.</summary>
    Joins,

    /// <summary>The alpha moves to the layer's coverage by opacity, as the colour moves to the layer's: normal and the contrast modes, whose black replaces the bottom.</summary>
    Replaces,

    /// <summary>The alpha stays: ink-on-white modes only darken what is drawn, and over transparency nothing is.</summary>
    Keeps,
}
