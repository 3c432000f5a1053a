using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using BenchmarkDotNet.Attributes;

namespace AsciiAssets.Benchmarks;

/// <summary>Each pipeline stage of the reference scene at 1080p, one frame per operation, on one core.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    private RenderPlan _plan = null!;
    private FrameRenderer _renderer = null!;
    private SceneRenderer _scene = null!;
    private FrameBuffer _frame = null!;
    private int _frameIndex;

    [GlobalSetup]
    public void Setup()
    {
        _plan = ReferenceScene.Plan();
        _renderer = new FrameRenderer(_plan);
        _scene = _renderer.Scene(0);
        _frame = new FrameBuffer(_plan.Width, _plan.Height);
        _renderer.Render(0, _frame);
    }

    private FrameTime Next() => new(++_frameIndex % _plan.FrameCount, _plan.Fps, 0, 0, _plan.FrameCount);

    [Benchmark(Description = "fields: plasma + matrix rain (cells)")]
    public void Fields()
    {
        var time = Next();
        for (var i = 0; i < _scene.Layers.Count; i++)
        {
            _scene.Layers[i].Evaluate(time);
        }
    }

    [Benchmark(Description = "compositing: plasma painted, rain screened onto it")]
    public void Compositing()
    {
        _scene.Layers[0].Paint(_frame);
        _scene.Layers[1].BlendOnto(_frame);
    }

    [Benchmark(Description = "tonemap")]
    public void Tonemap() => _scene.Tonemapper.Apply(_frame);

    [Benchmark(Description = "shaders: bloom, vignette, grain")]
    public void Shaders()
    {
        var time = Next();
        for (var i = 0; i < _scene.Shaders.Count; i++)
        {
            _scene.Shaders[i].Apply(_frame, time);
        }
    }

    [Benchmark(Description = "whole frame")]
    public void WholeFrame() => _renderer.Render(++_frameIndex % _plan.FrameCount, _frame);

    [GlobalCleanup]
    public void Cleanup()
    {
        _renderer.Dispose();
        _frame.Dispose();
    }
}
