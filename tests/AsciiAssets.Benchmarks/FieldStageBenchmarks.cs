using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using BenchmarkDotNet.Attributes;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// The field stage per field: one frame of values of every registered field and particle system with its defaults,
/// at 1080p on the md grid (192 × 56 cells at the standard particle tier), on one core. Frames follow each other,
/// so simulations and stateful particles step as they do in a render.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class FieldStageBenchmarks
{
    private IValueField _field = null!;
    private float[] _values = null!;
    private int _frame;

    [ParamsSource(nameof(Names))]
    public string Field { get; set; } = "";

    public static IEnumerable<string> Names() =>
        SpecRegistry.Kind<FieldParameters>().Entries.Where(e => e.CreateDefault() is not null).Select(e => e.Name);

    [GlobalSetup]
    public void Setup()
    {
        var atlas = GlyphAtlas.Get(16, [" ", "#"]);
        var grid = new Grid(1920, 1080, atlas.CellWidth, atlas.CellHeight);
        var parameters = (FieldParameters)SpecRegistry.Kind<FieldParameters>().Get(Field).CreateDefault()!;
        _field = parameters.Build(new FieldSetup(grid, 7, ParticleTier.Standard));
        _values = new float[grid.CellCount];
    }

    [Benchmark(Description = "one frame of the field at 1080p, md")]
    public void Evaluate() => _field.Evaluate(new FrameTime(++_frame, 30, 0, 0, int.MaxValue), _values);
}
