using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;

namespace AsciiAssets.Scene.Colors;

/// <summary>Where the hue of a cell comes from: the reference's hue fields.</summary>
public enum HueSource
{
    Value,
    Angle,
    Distance,
    Horizontal,
    Vertical,
    Time,

    /// <summary>No field: the offset (and its rotation over time) alone.</summary>
    Fixed,

    /// <summary>The audio's spectral centroid, the same for every cell: brighter sound, later hue.</summary>
    Centroid,

    /// <summary>A slowly flowing plasma pattern of its own, independent of the layer's field.</summary>
    Plasma,
}

/// <summary>The per-cell source of a hue field, in turns before spread and offset; shared by the hue strategies.</summary>
internal static class HueSources
{
    /// <summary>Writes the source of every cell; <paramref name="values"/> is the layer's field.</summary>
    public static void Fill(HueSource source, Grid grid, in FrameTime time, ReadOnlySpan<float> values, Span<float> sources)
    {
        var columns = Math.Max(1, grid.Columns - 1);
        var rows = Math.Max(1, grid.Rows - 1);
        switch (source)
        {
            case HueSource.Value:
                values.CopyTo(sources);
                break;
            case HueSource.Angle:
                for (var i = 0; i < sources.Length; i++)
                {
                    sources[i] = grid.Angle[i] / DetMath.TwoPi + 0.5f;
                }

                break;
            case HueSource.Distance:
                grid.NormalizedDistance.AsSpan(0, sources.Length).CopyTo(sources);
                break;
            case HueSource.Horizontal:
                for (var i = 0; i < sources.Length; i++)
                {
                    sources[i] = grid.Column[i] / columns;
                }

                break;
            case HueSource.Vertical:
                for (var i = 0; i < sources.Length; i++)
                {
                    sources[i] = grid.Row[i] / rows;
                }

                break;
            case HueSource.Centroid:
                sources.Fill(time.Feature(AudioFeature.Centroid));
                break;
            case HueSource.Plasma:
                Plasma(grid, time.Time, sources);
                break;
            default:
                sources.Clear();
                break;
        }
    }

    /// <summary>Three crossing sine waves over the cell positions (in grid heights, so the pattern keeps its shape), in 0..1.</summary>
    private static void Plasma(Grid grid, float t, Span<float> sources)
    {
        var scale = 6f / Math.Max(1, grid.Rows);
        for (var i = 0; i < sources.Length; i++)
        {
            var x = grid.Column[i] * scale / grid.Aspect;
            var y = grid.Row[i] * scale;
            var sum = DetMath.Sin(x + t * 0.7f) + DetMath.Sin(y * 1.3f - t * 0.5f) + DetMath.Sin((x + y) * 0.7f + t * 0.3f);
            sources[i] = sum / 6f + 0.5f;
        }
    }
}
