using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Times each step of the reference scene on its own, many times over on the same inputs (restored before each
/// call, untimed), and prints the median and the fastest call: quick and steady enough to compare two versions
/// of one step on a busy machine. Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- micro [--calls N] [--only step]
/// </summary>
public static class MicroBench
{
    public static int Run(string[] args)
    {
        var calls = (int)BenchOptions.Number(args, "--calls", 100);
        Only = BenchOptions.Text(args, "--only");
        var folder = Directory.CreateTempSubdirectory("ascii-assets-micro").FullName;
        try
        {
            var plan = ReferenceScene.Plan(10, folder);
            using var renderer = new FrameRenderer(plan);
            var scene = renderer.Scene(0);
            using var frame = new FrameBuffer(plan.Width, plan.Height);
            using var layer = new FrameBuffer(plan.Width, plan.Height);
            using var blended = new FrameBuffer(plan.Width, plan.Height);
            using var toned = new FrameBuffer(plan.Width, plan.Height);
            using var shaded = new FrameBuffer(plan.Width, plan.Height);
            var time = new FrameTime(100, plan.Fps, 0, 0, plan.FrameCount);

            // The inputs of each step, for frame 100.
            foreach (var l in scene.Layers)
            {
                l.Evaluate(time);
            }

            scene.Layers[0].Paint(frame);
            frame.CopyTo(blended);
            scene.Layers[1].BlendOnto(blended);
            blended.CopyTo(toned);
            scene.Tonemapper.Apply(toned);

            Console.WriteLine($"| step ({calls} calls) | median ms | fastest ms | 10th percentile | 90th percentile |");
            Console.WriteLine("| --- | --- | --- | --- | --- |");
            for (var i = 0; i < scene.Layers.Count; i++)
            {
                var l = scene.Layers[i];
                Measure($"fields: layer {i} ({l.Grid.Columns}x{l.Grid.Rows} cells)", calls, null, () => l.Evaluate(time));
            }

            // The memory floor on this machine: one pass that only reads a frame, one that reads and writes it back.
            Measure("floor: read one frame", calls, () => toned.CopyTo(shaded), () => ReadPass(shaded));
            Measure("floor: read and write one frame", calls, () => toned.CopyTo(shaded), () => ReadWritePass(shaded));
            Measure("clear one frame", calls, null, frame.Clear);
            Measure("paint layer 0", calls, null, () => scene.Layers[0].Paint(layer));
            Measure("paint layer 1", calls, null, () => scene.Layers[1].Paint(layer));
            Measure("layer 1 drawn onto layer 0 (screen)", calls, () => frame.CopyTo(shaded), () => scene.Layers[1].BlendOnto(shaded));
            Measure("layer 1 painted, then blended (the path of modes that change what is below black)", calls, () => frame.CopyTo(shaded), () =>
            {
                scene.Layers[1].Paint(layer);
                LayerBlender.Blend(shaded, layer, scene.Layers[1].Blend, scene.Layers[1].Opacity);
            });
            Measure("tonemap", calls, () => blended.CopyTo(shaded), () => scene.Tonemapper.Apply(shaded));
            var table = Enumerable.Range(0, 256).Select(v => (byte)(255 - v)).ToArray();
            Measure("toolkit: byte lookup over one frame", calls, () => toned.CopyTo(shaded), () => ByteLookup.Apply(shaded.Pixels, table));
            var grade = new ColorMatrix(new[] { 200, 40, 16, 30, 210, 16, 20, 40, 196 }, new[] { 4, 0, -4 });
            Measure("toolkit: colour matrix over one frame", calls, () => toned.CopyTo(shaded), () => grade.Apply(shaded.Pixels));
            foreach (var name in new[] { "screen", "colordodge" })
            {
                var mode = (BlendMode)SpecRegistry.Kind<BlendMode>().Get(name).CreateDefault()!;
                Measure($"one 1080p layer (layer 0 painted) blended: {name}", calls, () => { toned.CopyTo(shaded); scene.Layers[0].Paint(layer); }, () => LayerBlender.Blend(shaded, layer, mode, 0.8f));
            }
            foreach (var shader in scene.Shaders)
            {
                Measure($"shader {shader.GetType().DeclaringType?.Name}", calls, () => toned.CopyTo(shaded), () => shader.Apply(shaded, time));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Only { get; set; }

    private static int Sink { get; set; }

    private static void ReadPass(FrameBuffer frame)
    {
        ref var p = ref MemoryMarshal.GetReference(frame.Pixels);
        var any = Vector256<byte>.Zero;
        for (var i = 0; i + 32 <= frame.Length; i += 32)
        {
            any |= Vector256.LoadUnsafe(ref p, (nuint)i);
        }

        Sink = any.GetElement(0);
    }

    private static void ReadWritePass(FrameBuffer frame)
    {
        ref var p = ref MemoryMarshal.GetReference(frame.Pixels);
        var one = Vector256.Create((byte)1);
        for (var i = 0; i + 32 <= frame.Length; i += 32)
        {
            (Vector256.LoadUnsafe(ref p, (nuint)i) | one).StoreUnsafe(ref p, (nuint)i);
        }
    }

    private static void Measure(string name, int calls, Action? prepare, Action action)
    {
        if (Only is not null && !name.Contains(Only, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var clock = new Stopwatch();
        var times = new double[calls];
        for (var warm = 0; warm < 40; warm++)
        {
            prepare?.Invoke();
            action();
        }

        for (var i = 0; i < calls; i++)
        {
            prepare?.Invoke();
            clock.Restart();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine($"| {name} | {times[calls / 2]:0.000} | {times[0]:0.000} | {times[calls / 10]:0.000} | {times[calls * 9 / 10]:0.000} |");
    }
}
