using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Each layer's grid at a plan's frame size: cell size, columns × rows and origin. 4:2:0 chroma averages 2×2 pixel
/// blocks, so an odd cell size or origin (marked) puts cell edges inside blocks, mixing two cells' colours there.
/// </summary>
public static class GridGeometry
{
    public static string Describe(RenderPlan plan) =>
        string.Join("; ", plan.Scenes.SelectMany(scene => scene.Spec.Layers).Select(layer =>
        {
            var atlas = LayerRenderer.AtlasFor(layer, plan.Width, plan.Height);
            var grid = new Grid(plan.Width, plan.Height, atlas.CellWidth, atlas.CellHeight);
            return $"{layer.Grid.ToString().ToLowerInvariant()} ({atlas.FontPixels} px): cell {Marked(grid.CellWidth)}×{Marked(grid.CellHeight)}, "
                + $"{grid.Columns}×{grid.Rows}, origin ({Marked(grid.OffsetX)}, {Marked(grid.OffsetY)})";
        }).Distinct());

    private static string Marked(int pixels) => pixels % 2 == 0 ? pixels.ToString() : $"**{pixels}**";
}
