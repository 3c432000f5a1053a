using System.Runtime.CompilerServices;
using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Plan;

namespace AsciiAssets.Scene.Particles;

/// <summary>What a particle executor reports about its last frame (for tests and diagnostics).</summary>
internal interface IParticleSystem
{
    /// <summary>The most particles the system may draw in a frame at its quality tier.</summary>
    int Capacity { get; }

    /// <summary>Particles alive (after the cap) in the last evaluated frame.</summary>
    int LastCount { get; }
}

/// <summary>
/// Shared geometry of the particle systems. Positions are in cell widths from the grid centre, with y
/// aspect-corrected like <see cref="Grid.Dy"/>, so motion is isotropic on screen.
/// </summary>
internal readonly struct ParticleSpace
{
    public ParticleSpace(Grid grid)
    {
        Columns = grid.Columns;
        Rows = grid.Rows;
        Aspect = (float)grid.CellHeight / grid.CellWidth;
        CentreX = (Columns - 1) / 2f;
        CentreY = (Rows - 1) / 2f;
        HalfWidth = Columns / 2f;
        HalfHeight = Rows * Aspect / 2f;
    }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Cell height over cell width.</summary>
    public float Aspect { get; }

    public float CentreX { get; }

    public float CentreY { get; }

    /// <summary>Half the grid width in cell widths.</summary>
    public float HalfWidth { get; }

    /// <summary>Half the grid height in cell widths.</summary>
    public float HalfHeight { get; }

    /// <summary>
    /// Keeps the brightest particle per cell; with a glow, the four neighbours get that fraction of the brightness,
    /// so single sparks read as small lights on coarse grids. Positions outside the grid are dropped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Splat(Span<float> values, float x, float y, float brightness, float glow)
    {
        var c = (int)MathF.Round(CentreX + x);
        var r = (int)MathF.Round(CentreY + y / Aspect);
        if ((uint)c >= (uint)Columns || (uint)r >= (uint)Rows)
        {
            return;
        }

        brightness = brightness > 1f ? 1f : brightness;
        var i = r * Columns + c;
        Max(ref values[i], brightness);
        if (glow > 0)
        {
            var halo = brightness * glow;
            if (c > 0)
            {
                Max(ref values[i - 1], halo);
            }

            if (c + 1 < Columns)
            {
                Max(ref values[i + 1], halo);
            }

            if (r > 0)
            {
                Max(ref values[i - Columns], halo);
            }

            if (r + 1 < Rows)
            {
                Max(ref values[i + Columns], halo);
            }
        }
    }

    /// <summary>
    /// A thin segment from (x0, y0) to (x1, y1), one cell per step, its brightness running from b0 to b1: a trail or
    /// streak that stays continuous however far the particle moved since the sample before.
    /// </summary>
    public void Line(Span<float> values, float x0, float y0, float b0, float x1, float y1, float b1)
    {
        var span = MathF.Max(MathF.Abs(x1 - x0), MathF.Abs(y1 - y0) / Aspect);
        // A jump longer than the grid is a wrap or a respawn, not a path: nothing to connect.
        if (!(span <= Columns + Rows))
        {
            return;
        }

        var steps = Math.Max(1, (int)MathF.Ceiling(span));
        var inverse = 1f / steps;
        for (var s = 0; s <= steps; s++)
        {
            var t = s * inverse;
            Splat(values, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, b0 + (b1 - b0) * t, 0);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Max(ref float cell, float value)
    {
        if (value > cell)
        {
            cell = value;
        }
    }
}

/// <summary>What every particle executor holds: its parameters, seed and geometry, and its cap at the quality tier.</summary>
internal abstract class ParticleExecutor<TParameters>(TParameters parameters, FieldSetup setup, int lowCap, int standardCap, int highCap) : IValueField, IParticleSystem
{
    protected TParameters Parameters { get; } = parameters;

    protected uint Seed { get; } = setup.Seed;

    protected ParticleSpace Space { get; } = new(setup.Grid);

    public int Capacity { get; } = ParticleCaps.For(setup.ParticleTier, lowCap, standardCap, highCap);

    public int LastCount { get; protected set; }

    public abstract void Evaluate(in FrameTime time, Span<float> values);
}

internal static class ParticleCaps
{
    public static int For(ParticleTier tier, int low, int standard, int high) => tier switch
    {
        ParticleTier.Low => low,
        ParticleTier.High => high,
        _ => standard,
    };
}
