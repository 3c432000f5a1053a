using System.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Steady-state rendering time of any spec at a quality (production unless --quality says otherwise) on one core,
/// and where it goes: every frame once after a JIT warm-up, no encoding. `info` times six frames after a single
/// warm-up frame, before tiered compilation has optimised the hot loops, so its render figure is an upper bound.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- spec [--quality name] file.video.yaml...
/// </summary>
public static class SpecBench
{
    public static int Run(string[] args)
    {
        var quality = BenchOptions.Text(args, "--quality") is { } name ? Enum.Parse<QualityName>(name, ignoreCase: true) : QualityName.Production;
        var files = BenchOptions.Operands(args, "--quality");
        Console.WriteLine("| spec | size | frames | mean ms per frame | median | fastest frame | where the mean goes |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var file in files)
        {
            var plan = RenderPlanner.Plan(SpecLoader.Load(file), new RenderOptions(Quality: quality, OutputDirectory: Path.GetTempPath()));
            using var renderer = new FrameRenderer(plan);
            using var frame = new FrameBuffer(plan.Width, plan.Height);

            // Tiered compilation promotes a method after 30 calls; 40 frames from across the video also fill the caches.
            for (var f = 0; f < 40; f++)
            {
                renderer.Render(f * plan.FrameCount / 40, frame);
            }

            var stages = new StageTotals();
            renderer.ClockFor = scene => new SceneClock(stages, scene.Shaders);
            foreach (var scene in renderer.LiveScenes)
            {
                scene.Clock = renderer.ClockFor(scene);
            }

            var milliseconds = new double[plan.FrameCount];
            for (var f = 0; f < plan.FrameCount; f++)
            {
                var start = stages.Last = Stopwatch.GetTimestamp();
                renderer.Render(f, frame);
                milliseconds[f] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(milliseconds);
            var breakdown = string.Join(", ", stages.Ticks.Select(s => $"{s.Key} {s.Value * 1000.0 / Stopwatch.Frequency / plan.FrameCount:0.0}"));
            Console.WriteLine($"| {Path.GetFileName(file)} | {plan.Width}x{plan.Height} | {plan.FrameCount} | {milliseconds.Average():0.0} | {milliseconds[milliseconds.Length / 2]:0.0} | {milliseconds[0]:0.0} | {breakdown} |");
        }

        return 0;
    }

    /// <summary>Ticks per stage name over the whole video, shared by the clocks of every scene.</summary>
    private sealed class StageTotals
    {
        public readonly Dictionary<string, long> Ticks = new();
        public long Last;
    }

    private sealed class SceneClock(StageTotals totals, IReadOnlyList<IShader> chain) : IStageClock
    {
        public void StageEnded(RenderStage stage, int shader = 0, int shaders = 1)
        {
            var now = Stopwatch.GetTimestamp();
            var name = stage == RenderStage.Shader
                ? string.Join(" + ", chain.Skip(shader).Take(shaders).Select(s => s.GetType().DeclaringType?.Name.Replace("Shader", string.Empty).ToLowerInvariant()))
                : stage.ToString().ToLowerInvariant();
            totals.Ticks[name] = totals.Ticks.GetValueOrDefault(name) + now - totals.Last;
            totals.Last = now;
        }
    }
}
