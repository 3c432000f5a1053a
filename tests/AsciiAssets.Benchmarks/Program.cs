using AsciiAssets.Benchmarks;
using BenchmarkDotNet.Running;

// `e2e` runs the end-to-end bench; `micro` times each step alone; `spec` times the rendering of any specs; `shards` times shards and the cache; `encoding` measures size and SSIM per encoder setting; `hashes` prints stage output hashes to diff before/after an optimisation; `gallery` renders docs/gallery's contact sheets; anything else goes to BenchmarkDotNet (e.g. --filter *Stage*).
if (args.Length > 0 && args[0] == "e2e")
{
    return await EndToEndBench.RunAsync(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "micro")
{
    return MicroBench.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "spec")
{
    return SpecBench.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "gallery")
{
    return Gallery.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "shards" && OperatingSystem.IsLinux())
{
    return await ShardBench.RunAsync(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "encoding")
{
    return await EncodingBench.RunAsync(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "hashes")
{
    return BitExactHashes.Run(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
