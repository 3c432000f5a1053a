using AsciiAssets.Benchmarks;
using BenchmarkDotNet.Running;

// `e2e` runs the end-to-end bench; anything else goes to BenchmarkDotNet (e.g. --filter *Stage*).
if (args.Length > 0 && args[0] == "e2e")
{
    return await EndToEndBench.RunAsync(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
