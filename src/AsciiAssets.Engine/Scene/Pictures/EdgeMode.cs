using AsciiAssets.Grids;
using AsciiAssets.Scene.Sources;

namespace AsciiAssets.Scene.Pictures;

/// <summary>
/// Edges from a grid of cell values: a 3×3 Sobel operator (borders repeated), its magnitude scaled so a sharp step
/// from 0 to 1 is 1, and the edge's direction (across the gradient, in pixels: cells are taller than wide) in four
/// steps: horizontal, rising, vertical, falling.
/// </summary>
internal static class EdgeMode
{
    private const float Tan22 = 0.41421356f;

    /// <summary>The four characters of a set: horizontal, rising (/), vertical, falling (\).</summary>
    public static IReadOnlyList<string> Characters(EdgeCharacters set) => set == EdgeCharacters.Box
        ? new[] { "─", "╱", "│", "╲" }
        : new[] { "-", "/", "|", "\\" };

    /// <summary>The edge at a cell: its strength in [0, 1] and direction 0 to 3 (the index into <see cref="Characters"/>).</summary>
    public static (float Strength, int Direction) At(Grid grid, ReadOnlySpan<float> values, int cell)
    {
        var columns = grid.Columns;
        var column = cell % columns;
        var row = cell / columns;
        var left = column > 0 ? -1 : 0;
        var right = column < columns - 1 ? 1 : 0;
        var up = row > 0 ? -columns : 0;
        var down = row < grid.Rows - 1 ? columns : 0;
        var gx = values[cell + up + right] + 2 * values[cell + right] + values[cell + down + right]
            - values[cell + up + left] - 2 * values[cell + left] - values[cell + down + left];
        var gy = values[cell + down + left] + 2 * values[cell + down] + values[cell + down + right]
            - values[cell + up + left] - 2 * values[cell + up] - values[cell + up + right];
        var strength = MathF.Min(1f, MathF.Sqrt(gx * gx + gy * gy) * 0.25f);
        // The gradient in pixels; the edge runs across it.
        var px = gx / grid.CellWidth;
        var py = gy / grid.CellHeight;
        var direction = MathF.Abs(py) <= Tan22 * MathF.Abs(px) ? 2
            : MathF.Abs(px) <= Tan22 * MathF.Abs(py) ? 0
            : px * py > 0 ? 1
            : 3;
        return (strength, direction);
    }
}
