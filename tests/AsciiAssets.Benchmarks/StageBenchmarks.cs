using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
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
    private FrameBuffer _layer = null!;
    private BlendMode _screen = null!;
    private BlendMode _colorDodge = null!;
    private int _frameIndex;

    [GlobalSetup]
    public void Setup()
    {
        _plan = ReferenceScene.Plan();
        _renderer = new FrameRenderer(_plan);
        _scene = _renderer.Scene(0);
        _frame = new FrameBuffer(_plan.Width, _plan.Height);
        _renderer.Render(0, _frame);

        // A dense layer (the plasma grid painted) to blend a whole 1080p frame with.
        _layer = new FrameBuffer(_plan.Width, _plan.Height);
        _scene.Layers[0].Paint(_layer);
        _screen = Mode("screen");
        _colorDodge = Mode("colordodge");
    }

    private static BlendMode Mode(string name) => (BlendMode)SpecRegistry.Kind<BlendMode>().Get(name).CreateDefault()!;

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

    [Benchmark(Description = "one 1080p layer blended: screen (vector form)")]
    public void BlendScreen() => LayerBlender.Blend(_frame, _layer, _screen, 0.8f);

    [Benchmark(Description = "one 1080p layer blended: colordodge (its table)")]
    public void BlendColorDodge() => LayerBlender.Blend(_frame, _layer, _colorDodge, 0.8f);

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
        _layer.Dispose();
    }
}
