using System.Diagnostics;
using AsciiAssets.Caching;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Shared;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Wall time of 1, 2 and 3 shards against a loopback nginx cache, and what a fully cached run costs. On one machine
/// the shards share its cores, so each shard is also timed alone on all of them: the slowest shard plus the join is
/// what N machines of this kind would take.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- shards [--seconds 24] [--max-shards 3]
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class ShardBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = (int)BenchOptions.Number(args, "--seconds", 24);
        var maxShards = (int)BenchOptions.Number(args, "--max-shards", 3);
        var hardware = HardwareInfo.Detect();
        var folder = Directory.CreateTempSubdirectory("ascii-assets-shards").FullName;
        try
        {
            var spec = Path.Combine(folder, "long.video.yaml");
            await File.WriteAllTextAsync(spec, LongSpec(seconds));
            Console.WriteLine($"# Shards bench: {seconds} s at draft (960x540@12), {seconds / 4} scenes of 4 s, x264 veryfast");
            Console.WriteLine($"Machine: {hardware}, .NET {Environment.Version}");
            Console.WriteLine();

            var one = await TimeAsync(spec, Path.Combine(folder, "one"), CacheOptions.None, new RenderOptions());
            Console.WriteLine("| run | wall time |");
            Console.WriteLine("| --- | --- |");
            Console.WriteLine($"| one process, no cache | {one:0.0} s |");
            for (var count = 2; count <= maxShards; count++)
            {
                using var nginx = new NginxCache();
                var url = new Uri(nginx.Url);
                var alone = new List<double>();
                for (var index = 0; index < count; index++)
                {
                    alone.Add(await TimeAsync(spec, Path.Combine(folder, $"alone{count}-{index}"), new CacheOptions(Path.Combine(folder, $"alone{count}-{index}-cache"), url), new RenderOptions(Shard: new Shard(index, count))));
                }

                var join = await TimeAsync(spec, Path.Combine(folder, $"join{count}"), new CacheOptions(Path.Combine(folder, $"join{count}-cache"), url), new RenderOptions(JoinOnly: true));
                using var shared = new NginxCache();
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, count).Select(index =>
                    TimeAsync(spec, Path.Combine(folder, $"together{count}-{index}"), new CacheOptions(Path.Combine(folder, $"together{count}-{index}-cache"), new Uri(shared.Url)), new RenderOptions(Workers: Math.Max(1, hardware.LogicalCores / count), Shard: new Shard(index, count)))));
                var together = clock.Elapsed.TotalSeconds + await TimeAsync(spec, Path.Combine(folder, $"togetherjoin{count}"), new CacheOptions(Path.Combine(folder, $"togetherjoin{count}-cache"), new Uri(shared.Url)), new RenderOptions(JoinOnly: true));
                Console.WriteLine($"| {count} shards on this machine, then the join | {together:0.0} s |");
                Console.WriteLine($"| {count} shards, each alone on this machine (slowest {alone.Max():0.0} s of {string.Join(", ", alone.Select(a => a.ToString("0.0")))}), plus the join ({join:0.0} s): {count} machines | {alone.Max() + join:0.0} s |");
            }

            var cacheFolder = Path.Combine(folder, "warm-cache");
            var cold = await TimeAsync(spec, Path.Combine(folder, "warm1"), new CacheOptions(cacheFolder), new RenderOptions());
            var warm = await TimeAsync(spec, Path.Combine(folder, "warm2"), new CacheOptions(cacheFolder), new RenderOptions());
            var upToDate = await TimeAsync(spec, Path.Combine(folder, "warm2"), new CacheOptions(cacheFolder), new RenderOptions());
            Console.WriteLine($"| a render that fills the local cache | {cold:0.0} s |");
            Console.WriteLine($"| the same video in another folder, from the cache (checked with ffprobe, moved into place) | {warm:0.00} s |");
            Console.WriteLine($"| that folder again, up to date by its fingerprint | {upToDate:0.00} s |");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> TimeAsync(string spec, string outputFolder, CacheOptions cache, RenderOptions options)
    {
        var session = new RenderSession(options with { Quality = QualityName.Draft, OutputDirectory = outputFolder, Cache = cache, Encoder = Encode.EncoderChoice.Parse("libx264") }, new QuietReporter(), StateLocation.HiddenFolder);
        var clock = Stopwatch.StartNew();
        var summary = await session.RunAsync(new[] { new RenderRequest(spec) }, CancellationToken.None);
        if (summary.Failed > 0)
        {
            throw new InvalidOperationException($"A run failed: {summary}");
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static string LongSpec(int seconds)
    {
        var fields = new[] { "plasma", "rings", "spiral", "tunnel", "fire", "fbm" };
        return "fps: 12\nscenes:\n" + string.Concat(Enumerable.Range(0, seconds / 4).Select(i =>
            $"  - start: {i * 4}s\n    end: {i * 4 + 4}s\n    layers:\n      - field: {fields[i % fields.Length]}\n      - field: matrix_rain\n        grid: sm\n        blend: screen\n    shaders: [bloom, vignette]\n"));
    }
}
