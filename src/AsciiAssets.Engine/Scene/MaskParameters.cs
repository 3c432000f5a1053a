using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>
/// A mask: how much of each cell of a layer shows, 0 to 1, per frame. Shapes and gradients are in frame
/// coordinates (x and y from 0 to 1 across the frame; radii and softness in frame heights, so circles are round).
/// One record per mask, registered by name.
/// </summary>
[RegistryKind("mask", "masks")]
public abstract record MaskParameters
{
    public abstract IMask Create(MaskSetup setup);
}

/// <summary>Evaluates a mask for one frame: writes every cell's coverage in [0, 1].</summary>
public interface IMask
{
    /// <param name="values">The layer's values this frame, for masks that select by them.</param>
    void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage);
}

/// <summary>What a mask's executor is built with, once per worker and layer.</summary>
public sealed record MaskSetup(Grid Grid, uint Seed, ParticleTier ParticleTier)
{
    /// <summary>For masks made from a field.</summary>
    public FieldSetup Field => new(Grid, Seed, ParticleTier);
}

/// <summary>Geometry shared by the shape masks.</summary>
internal static class MaskMath
{
    /// <summary>A cell's centre in frame coordinates: x in frame widths, y in frame heights.</summary>
    public static (float X, float Y) Centre(Grid grid, int cell)
    {
        var (x, y) = grid.PixelCentre(cell);
        return (x / grid.FrameWidth, y / grid.FrameHeight);
    }

    /// <summary>Frame widths per frame height: x distances times this are in frame heights.</summary>
    public static float Aspect(Grid grid) => (float)grid.FrameWidth / grid.FrameHeight;

    /// <summary>How far a cell's centre is from (x, y) in frame fractions, in frame heights.</summary>
    public static float Distance(Grid grid, int cell, float x, float y)
    {
        var (cx, cy) = Centre(grid, cell);
        var dx = (cx - x) * Aspect(grid);
        var dy = cy - y;
        return MathF.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>0 at <paramref name="start"/>, 1 at <paramref name="end"/>, linear between (either order); a step where they meet.</summary>
    public static float Ramp(float position, float start, float end) =>
        end == start ? (position >= start ? 1 : 0) : Numerics.DetMath.Clamp01((position - start) / (end - start));

    /// <summary>A wipe's coverage at <paramref name="position"/> (0 to 1 along it): its soft front travels from before 0 at progress 0 to past 1 at progress 1.</summary>
    public static float Wipe(float position, float progress, float softness) =>
        Edge(progress * (1 + softness) - softness / 2 - position, softness);

    /// <summary>
    /// 1 well inside an edge, 0 well outside, smooth across a band of <paramref name="softness"/> centred on it;
    /// <paramref name="inside"/> is how far the point lies inside the edge (negative outside), in the same unit.
    /// </summary>
    public static float Edge(float inside, float softness)
    {
        if (softness <= 0)
        {
            return inside >= 0 ? 1 : 0;
        }

        var t = inside / softness + 0.5f;
        return t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
    }
}
