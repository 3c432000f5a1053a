using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using BenchmarkDotNet.Attributes;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// A 1080p layer of your own content, one frame per operation, on one core: the sample logo by luminance and by
/// shape, and the sample clip (decoding by ffmpeg included: every operation shows the next footage frame).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SourceBenchmarks
{
    private readonly Dictionary<string, (FrameRenderer Renderer, int Frames)> _renderers = new();
    private FrameBuffer _frame = null!;
    private int _frameIndex;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("ascii-assets-sources-").FullName;
        var videos = Path.Combine(BenchPaths.RepositoryRoot(), "sample-project", "videos");
        File.Copy(Path.Combine(videos, "logo.png"), Path.Combine(folder, "logo.png"));
        File.Copy(Path.Combine(videos, "footage.mp4"), Path.Combine(folder, "footage.mp4"));
        foreach (var (name, source) in new[]
        {
            ("image", "{ type: image, file: logo.png }"),
            ("shape", "{ type: image, file: logo.png, mode: shape }"),
            ("video", "{ type: video, file: footage.mp4 }"),
        })
        {
            var path = Path.Combine(folder, name + ".video.yaml");
            File.WriteAllText(path, $$"""
                size: 1920x1080
                fps: 24
                scenes:
                  - start: 0s
                    end: 4s
                    layers:
                      - source: {{source}}
                        grid: md
                        palette: dense
                        color: source
                """);
            var plan = RenderPlanner.Plan(SpecLoader.Load(path), new RenderOptions(Quality: QualityName.Production, OutputDirectory: folder));
            _renderers[name] = (new FrameRenderer(plan), plan.FrameCount);
        }

        _frame = new FrameBuffer(1920, 1080);
    }

    private void Render(string name)
    {
        var (renderer, frames) = _renderers[name];
        renderer.Render(++_frameIndex % frames, _frame);
    }

    [Benchmark(Description = "image layer (logo, luminance): whole frame")]
    public void Image() => Render("image");

    [Benchmark(Description = "image layer (logo, shape mode): whole frame")]
    public void Shape() => Render("shape");

    [Benchmark(Description = "video layer (clip, luminance, decode included): whole frame")]
    public void Video() => Render("video");

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (renderer, _) in _renderers.Values)
        {
            renderer.Dispose();
        }

        _frame.Dispose();
    }
}
