using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;
using AsciiAssets.Shaders;
using BenchmarkDotNet.Attributes;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Every registered shader with its defaults on one 1080p frame of the reference scene (composited and tonemapped),
/// one frame per operation, on one core: the table of docs/benchmarks.md, "Every shader at 1080p". Each operation
/// first restores the frame, a 6 MB copy; the 'none' row is that copy alone, one memory pass to compare against.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- --filter *EveryShader*
/// (ASCII_ASSETS_BENCH_SHADERS=soft_focus,edge_glow for only those).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EveryShaderBenchmarks
{
    private const string None = "none";

    private FrameBuffer _toned = null!;
    private FrameBuffer _frame = null!;
    private IShader? _shader;
    private int _frameIndex;
    private int _frameCount;
    private double _fps;

    [ParamsSource(nameof(Shaders))]
    public string Shader { get; set; } = None;

    /// <summary>Every shader, or those named in ASCII_ASSETS_BENCH_SHADERS (comma-separated) to re-measure a few after a change; 'none' always.</summary>
    public static IEnumerable<string> Shaders()
    {
        var only = Environment.GetEnvironmentVariable("ASCII_ASSETS_BENCH_SHADERS")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new[] { None }.Concat(SpecRegistry.Kind<ShaderParameters>().Entries
            .Where(e => e.CreateDefault() is not null && (only is null || only.Contains(e.Name)))
            .Select(e => e.Name));
    }

    [GlobalSetup]
    public void Setup()
    {
        var plan = ReferenceScene.Plan();
        (_frameCount, _fps) = (plan.FrameCount, plan.Fps);
        using var renderer = new FrameRenderer(plan);
        var scene = renderer.Scene(0);
        _toned = new FrameBuffer(plan.Width, plan.Height);
        _frame = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(0, _toned);

        // The frame as shaders receive it: the layers painted and blended, then tonemapped, before any shader.
        scene.Layers[0].Paint(_toned);
        scene.Layers[1].BlendOnto(_toned);
        scene.Tonemapper.Apply(_toned);
        _shader = Shader == None
            ? null
            : ((ShaderParameters)SpecRegistry.Kind<ShaderParameters>().Get(Shader).CreateDefault()!).Create(new ShaderSetup(plan.Width, plan.Height, 1));
    }

    [Benchmark(Description = "shader at 1080p, after restoring the frame")]
    public void Apply()
    {
        _toned.CopyTo(_frame);
        _shader?.Apply(_frame, new FrameTime(++_frameIndex % _frameCount, _fps, 0, 0, _frameCount));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _toned.Dispose();
        _frame.Dispose();
    }
}
