using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Palettes;

namespace AsciiAssets.Tests.Support;

/// <summary>Runs field, colour and shader executors directly, without a spec, for behaviour checks.</summary>
public static class Probe
{
    public const double Fps = 12;

    /// <summary>A grid of the given cell counts, with 10x20 px cells.</summary>
    public static Grid Grid(int columns, int rows) => new(columns * 10, rows * 20, 10, 20);

    /// <summary>Synthetic features at 120 bpm for the frames tests use (an hour at 12 fps), so fields that follow the audio move.</summary>
    private static readonly Lazy<AudioFeatures> Features = new(() => SyntheticFeatures.Create(120, Fps, 12 * 3600 + 1));

    /// <summary>The frame time of a frame at 12 fps, in a scene starting at frame 0, with synthetic features.</summary>
    public static FrameTime At(int frame, int sceneFrames = 1 << 20) => new(frame, Fps, 0, 0, sceneFrames, Features.Value);

    /// <summary>The frame whose time is closest to the given seconds at 12 fps.</summary>
    public static FrameTime AtSeconds(double seconds) => At((int)Math.Round(seconds * Fps));

    public static IValueField Field(FieldParameters field, int columns = 48, int rows = 27, uint seed = 7, ParticleTier tier = ParticleTier.Standard) =>
        field.Build(new FieldSetup(Grid(columns, rows), seed, tier));

    public static float[] Evaluate(FieldParameters field, FrameTime time, int columns = 48, int rows = 27, uint seed = 7, ParticleTier tier = ParticleTier.Standard)
    {
        var values = new float[columns * rows];
        Field(field, columns, rows, seed, tier).Evaluate(time, values);
        return values;
    }

    public static float[] Evaluate(IValueField field, FrameTime time, int cells)
    {
        var values = new float[cells];
        field.Evaluate(time, values);
        return values;
    }

    /// <summary>A source's executor on a grid of the default palette's 16 px glyphs in a frame of the given size, with its atlas.</summary>
    public static (ISourceExecutor Executor, LayerCells Cells, GlyphAtlas Atlas, Grid Grid) Source(LayerSource source, int width = 640, int height = 360, uint seed = 7)
    {
        var atlas = GlyphAtlas.Get(16, new DefaultPalette().Glyphs, FontFile.For(source.CharacterFont?.FullPath), [" ", .. source.Characters()]);
        var grid = new Grid(width, height, atlas.CellWidth, atlas.CellHeight);
        var executor = source.Create(new SourceSetup(grid, atlas, seed, () => AsciiAssets.Encode.FfmpegInstall.Locate(null)));
        return (executor, new LayerCells(grid.CellCount), atlas, grid);
    }

    /// <summary>A mask's coverage on a grid of the given cell counts (10x20 px cells) for a frame, given the layer's values.</summary>
    public static float[] Mask(MaskParameters mask, FrameTime time, int columns = 48, int rows = 27, float[]? values = null)
    {
        var grid = Grid(columns, rows);
        var coverage = new float[grid.CellCount];
        mask.Create(new MaskSetup(grid, 7, ParticleTier.Standard)).Evaluate(time, values ?? new float[grid.CellCount], coverage);
        return coverage;
    }

    /// <summary>The registered entry of a kind by YAML name, created with every parameter at its default.</summary>
    public static T Default<T>(string name) => (T)SpecRegistry.Kind<T>().Get(name).CreateDefault()!;

    public static int Lit(ReadOnlySpan<float> values)
    {
        var lit = 0;
        foreach (var v in values)
        {
            if (v > 0)
            {
                lit++;
            }
        }

        return lit;
    }

    public static double Mean(ReadOnlySpan<float> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return values.Length == 0 ? 0 : sum / values.Length;
    }

    /// <summary>Mean of the cells in rows [first, last).</summary>
    public static double RowMean(ReadOnlySpan<float> values, int columns, int first, int last) =>
        Mean(values.Slice(first * columns, (last - first) * columns));

    /// <summary>
    /// Bytes allocated on this thread while running an action, the least of three runs: an allocation per frame
    /// recurs in every run, while the runtime's one-off work (a type loaded, a method recompiled at a higher tier,
    /// seen once in a few thousand runs under load) does not.
    /// </summary>
    public static long Allocated(Action action)
    {
        var least = long.MaxValue;
        for (var run = 0; run < 3 && least > 0; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
