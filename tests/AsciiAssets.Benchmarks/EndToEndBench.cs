using System.Diagnostics;
using AsciiAssets.Caching;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Shaders;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Renders the reference scene at 1080p and reports, in one run: ms per frame for each stage on one core,
/// end-to-end fps next to an ffmpeg-only encode of the same frames, scaling with 1..N workers, and peak memory.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- e2e [--seconds 5] [--max-workers N] [--stages-only]
/// </summary>
public static class EndToEndBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Number(args, "--seconds", 5.0);
        var hardware = HardwareInfo.Detect();
        var maxWorkers = (int)BenchOptions.Number(args, "--max-workers", hardware.LogicalCores);
        var folder = Directory.CreateTempSubdirectory("ascii-assets-bench").FullName;
        try
        {
            var plan = ReferenceScene.Plan(seconds, folder);
            var ffmpeg = FfmpegInstall.Locate(null);
            var baselinePeak = PeakMegabytes();
            Console.WriteLine($"# End-to-end bench: reference scene {plan.Width}x{plan.Height}@{plan.Fps}, {plan.FrameCount} frames, CRF {plan.Profile.Crf}, x264 {plan.Profile.X264Preset}");
            Console.WriteLine($"Machine: {hardware}, {Environment.OSVersion}, .NET {Environment.Version}, {ffmpeg.Version()}");
            Console.WriteLine();

            var raw = Path.Combine(folder, "frames.rgb");
            StageTimes(plan, raw);
            if (args.Contains("--stages-only"))
            {
                return 0;
            }

            var encoderFps = await EncoderOnlyAsync(ffmpeg, plan, raw, folder);
            File.Delete(raw);

            Console.WriteLine();
            Console.WriteLine("| workers | wall time | end-to-end fps | vs encoder-only | process peak memory |");
            Console.WriteLine("| --- | --- | --- | --- | --- |");
            var peaks = new List<double>();
            for (var workers = 1; workers <= maxWorkers; workers++)
            {
                var clock = Stopwatch.StartNew();
                var jobPlan = plan with { OutputPath = Path.Combine(folder, $"w{workers}.mp4") };
                var (keys, outputKey) = SegmentKeys.For(jobPlan, SegmentPlanner.Plan(jobPlan), ffmpeg);
                var job = new RenderJob(workers, jobPlan, Fingerprint.Of(plan), new OutputState(jobPlan.OutputPath, folder)) { Keys = keys, OutputKey = outputKey };
                using var noCache = new RenderCache(CacheOptions.None, _ => { });
                var outcome = await new RenderScheduler(ffmpeg, workers, new QuietReporter(), noCache, RunMode.Default).RunAsync(new[] { job }, CancellationToken.None);
                clock.Stop();
                if (outcome[job] != JobOutcome.Rendered)
                {
                    Console.Error.WriteLine($"The render with {workers} workers failed.");
                    return 3;
                }

                var fps = plan.FrameCount / clock.Elapsed.TotalSeconds;
                peaks.Add(PeakMegabytes());
                Console.WriteLine($"| {workers} | {clock.Elapsed.TotalSeconds:0.00} s | {fps:0.0} | {fps / encoderFps:P0} | {peaks[^1]:0} MB |");
            }

            Console.WriteLine();
            Console.WriteLine($"Peak memory: {baselinePeak:0} MB before rendering; one worker adds {peaks[0] - baselinePeak:0} MB (process peak, managed and native; ffmpeg not included).");
            return 0;
        }
        catch (AsciiAssetsException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            return 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Renders every frame on this thread through the real pipeline, timing each stage with the scene's stage clock,
    /// and writes the frames for the encoder-only run.
    /// </summary>
    private static void StageTimes(RenderPlan plan, string rawPath)
    {
        using var renderer = new FrameRenderer(plan);
        var scene = renderer.Scene(0);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        using var raw = File.Create(rawPath);
        var clock = new StageTicks(scene.Shaders.Count, plan.FrameCount);

        // Warm up the JIT (tiered compilation promotes a method after 30 calls) and the caches before measuring.
        for (var f = 0; f < 40; f++)
        {
            renderer.Render(f % plan.FrameCount, frame);
        }

        scene.Clock = clock;
        for (var f = 0; f < plan.FrameCount; f++)
        {
            clock.Start(f);
            renderer.Render(f, frame);
            raw.Write(frame.Array, 0, frame.Length);
        }

        scene.Clock = null;

        // The mean is what a whole video costs; the median and the fastest frame show the stage's own speed when
        // other processes share the cores.
        Console.WriteLine("| stage (one core) | ms per frame | median | fastest frame |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var (name, ticks) in clock.Rows(scene.Shaders))
        {
            Console.WriteLine($"| {name} | {Row(ticks)} |");
        }

        Console.WriteLine($"| **rendering total** | **{Row(clock.Totals()).Replace(" | ", "** | **")}** |");
    }

    /// <summary>Stopwatch ticks per stage (fields, compositing, tonemap, then each shader or sweep of shaders) and frame.</summary>
    private sealed class StageTicks(int shaders, int frames) : IStageClock
    {
        private readonly long[,] _ticks = new long[3 + shaders, frames];
        private readonly int[] _sweep = new int[shaders];
        private int _frame;
        private long _last;

        public void Start(int frame)
        {
            _frame = frame;
            _last = Stopwatch.GetTimestamp();
        }

        public void StageEnded(RenderStage stage, int shader = 0, int shaders = 1)
        {
            var now = Stopwatch.GetTimestamp();
            var row = stage switch
            {
                RenderStage.Fields => 0,
                RenderStage.Compositing => 1,
                RenderStage.Tonemap => 2,
                RenderStage.Shader => 3 + shader,
                _ => throw new InvalidOperationException($"The reference scene has no {stage} stage."),
            };
            if (stage == RenderStage.Shader)
            {
                _sweep[shader] = shaders;
            }

            _ticks[row, _frame] += now - _last;
            _last = now;
        }

        public IEnumerable<(string Name, long[] Ticks)> Rows(IReadOnlyList<IShader> chain)
        {
            yield return ("fields (per-cell values, colours, glyph choice)", Row(0));
            yield return ("compositing (plasma painted, rain screened onto it)", Row(1));
            yield return ("tonemap", Row(2));
            for (var s = 0; s < chain.Count; s += Math.Max(1, _sweep[s]))
            {
                var names = chain.Skip(s).Take(Math.Max(1, _sweep[s])).Select(shader => shader.GetType().DeclaringType?.Name.Replace("Shader", string.Empty).ToLowerInvariant());
                yield return ($"shaders: {string.Join(" + ", names)}{(_sweep[s] > 1 ? " (one sweep)" : string.Empty)}", Row(3 + s));
            }
        }

        public long[] Totals() => Enumerable.Range(0, frames).Select(f => Enumerable.Range(0, 3 + shaders).Sum(r => _ticks[r, f])).ToArray();

        private long[] Row(int row) => Enumerable.Range(0, frames).Select(f => _ticks[row, f]).ToArray();
    }

    private static string Row(long[] perFrame)
    {
        var sorted = perFrame.Order().ToArray();
        return $"{Milliseconds(perFrame.Sum(), perFrame.Length):0.00} | {Milliseconds(sorted[sorted.Length / 2], 1):0.00} | {Milliseconds(sorted[0], 1):0.00}";
    }

    private static async Task<double> EncoderOnlyAsync(FfmpegInstall ffmpeg, RenderPlan plan, string raw, string folder)
    {
        var settings = EncodeSettings.From(plan);
        var info = new ProcessStartInfo(ffmpeg.ExecutablePath) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{plan.Width}x{plan.Height}", "-framerate", settings.FpsText, "-i", raw }
            .Concat(settings.VideoArguments).Append(Path.Combine(folder, "encoder-only.mp4")))
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(await error);
        }

        var fps = plan.FrameCount / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"| ffmpeg encode only (libx264 {settings.Preset}, CRF {settings.Crf}, from a raw file) | {1000 / fps:0.00} ({fps:0.0} fps) |");
        return fps;
    }

    private static double Milliseconds(long ticks, int frames) => ticks * 1000.0 / Stopwatch.Frequency / frames;

    private static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024);
    }
}
