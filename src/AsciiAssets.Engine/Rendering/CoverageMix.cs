using AsciiAssets.Frames;
using AsciiAssets.Grids;

namespace AsciiAssets.Rendering;

/// <summary>
/// frame = frame + (blended − frame) · coverage, with each cell's coverage over its pixels: a partly hidden layer's
/// blend, whatever its mode. The margins around the grid take the coverage of the nearest cell.
/// </summary>
internal static class CoverageMix
{
    public static void Apply(FrameBuffer frame, FrameBuffer blended, Grid grid, ReadOnlySpan<float> coverage)
    {
        var stride = frame.Stride;
        var cellBytes = grid.CellWidth * 3;
        var gridLeft = grid.OffsetX * 3;
        for (var y = 0; y < frame.Height; y++)
        {
            var row = Math.Clamp((y - grid.OffsetY) / grid.CellHeight, 0, grid.Rows - 1);
            var target = frame.Row(y);
            ReadOnlySpan<byte> source = blended.Row(y);
            var first = row * grid.Columns;
            for (var column = 0; column < grid.Columns; column++)
            {
                var start = column == 0 ? 0 : gridLeft + column * cellBytes;
                var end = column == grid.Columns - 1 ? stride : gridLeft + (column + 1) * cellBytes;
                Mix(target[start..end], source[start..end], coverage[first + column]);
            }
        }
    }

    private static void Mix(Span<byte> target, ReadOnlySpan<byte> blended, float coverage)
    {
        if (coverage <= 0f)
        {
            return;
        }

        if (coverage >= 1f)
        {
            blended.CopyTo(target);
            return;
        }

        var take = (int)(coverage * 256f + 0.5f);
        var keep = 256 - take;
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = (byte)((target[i] * keep + blended[i] * take) >> 8);
        }
    }
}
