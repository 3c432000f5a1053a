using System.IO.Hashing;
using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;
using AsciiAssets.Scene;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Prints hashes of every stage's output over many inputs, so an optimisation can be checked to be bit-exact:
/// run it before and after a change and diff the two listings.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- hashes [--quick] &gt; file
/// </summary>
public static class BitExactHashes
{
    private static readonly int[] Frames = { 0, 1, 5, 17, 40, 71, 130, 239 };

    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var folder = Directory.CreateTempSubdirectory("ascii-assets-hashes").FullName;
        try
        {
            ReferenceStages(folder, quick ? 4 : Frames.Length);
            if (!quick)
            {
                Shaders();
                Blends();
                Specs(folder);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The reference scene stage by stage: each layer's glyphs, the blend, the tonemap and each shader.</summary>
    private static void ReferenceStages(string folder, int frames)
    {
        var plan = ReferenceScene.Plan(10, folder);
        using var renderer = new FrameRenderer(plan);
        var scene = renderer.Scene(0);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        using var layer = new FrameBuffer(plan.Width, plan.Height);
        foreach (var f in Frames.Take(frames))
        {
            var time = new FrameTime(f, plan.Fps, 0, 0, plan.FrameCount);
            foreach (var l in scene.Layers)
            {
                l.Evaluate(time);
            }

            // Dirty buffers first: painting must overwrite every pixel.
            frame.Pixels.Fill(77);
            layer.Pixels.Fill(201);
            scene.Layers[0].Paint(frame);
            Print($"reference f{f} layer0", frame);
            scene.Layers[1].Paint(layer);
            Print($"reference f{f} layer1", layer);
            scene.Layers[1].BlendOnto(frame);
            Print($"reference f{f} blend", frame);
            var (low, high) = scene.Tonemapper.Apply(frame);
            Print($"reference f{f} tonemap {low}..{high}", frame);
            var i = 0;
            foreach (var shader in scene.Shaders)
            {
                shader.Apply(frame, time);
                Print($"reference f{f} shader{i++} {shader.GetType().DeclaringType?.Name}", frame);
            }

            renderer.Render(f, layer);
            Print($"reference f{f} whole", layer);
        }
    }

    /// <summary>Every shader, default and with other parameters, on patterns and sizes that hit every tail.</summary>
    private static void Shaders()
    {
        var variants = SpecRegistry.Kind<ShaderParameters>().Entries
            .Select(e => (ShaderParameters)e.CreateDefault()!)
            .Concat(new ShaderParameters[]
            {
                new BloomShader(Threshold: 40, Strength: 3.7f),
                new BloomShader(Threshold: 250, Strength: 0.3f),
                new BloomShader(Threshold: 0, Strength: 4f),
                new BloomShader(Threshold: 129.5f, Strength: 1.25f),
                new GrainShader(100f),
                new GrainShader(0.4f),
                new GrainShader(128f),
                new VignetteShader(2f),
                new VignetteShader(0.05f),
                new VignetteShader(0f),
                new CrtShader(0.6f),
                new CrtShader(0f),
                new ScanlinesShader(3, 1f),
                new ScanlinesShader(2, 0f),
                new ScanlinesShader(64, 0.5f),
            })
            .ToArray();
        var sizes = new[] { (1, 1), (2, 3), (5, 7), (31, 17), (64, 64), (203, 117), (640, 360), (1920, 1080) };
        var patterns = new (string Name, Func<int, int, int, byte> Pixel)[]
        {
            ("ramp", (x, y, c) => (byte)((x * 37 + y * 11 + c * 90) % 256)),
            ("noise", (x, y, c) => (byte)(AsciiAssets.Numerics.Hash.Combine((uint)x, (uint)y, (uint)c) >> 24)),
            ("bright", (x, y, c) => (byte)(255 - ((x ^ y) & 15))),
            ("black", (x, y, c) => 0),
            ("sparse", (x, y, c) => (x / 7 + y / 5) % 9 == 0 ? (byte)(200 + c * 20) : (byte)(x % 3)),
        };
        foreach (var shader in variants)
        {
            foreach (var (w, h) in sizes)
            {
                var executor = shader.Create(new ShaderSetup(w, h, 11));
                foreach (var (name, pixel) in patterns)
                {
                    using var frame = Pattern(w, h, pixel);
                    foreach (var f in new[] { 0, 3, 1000 })
                    {
                        executor.Apply(frame, new FrameTime(f, 24, 0, 0, 2000));
                        Print($"shader {shader} {w}x{h} {name} f{f}", frame);
                    }
                }
            }
        }
    }

    /// <summary>Every blend mode at several opacities, on noise over noise and on sparse layers.</summary>
    private static void Blends()
    {
        var noise = (Func<int, int, int, byte>)((x, y, c) => (byte)(AsciiAssets.Numerics.Hash.Combine((uint)x, (uint)y, (uint)c) >> 24));
        var sparse = (Func<int, int, int, byte>)((x, y, c) => (x / 11 + y / 3) % 5 == 0 ? (byte)(AsciiAssets.Numerics.Hash.Combine((uint)x, (uint)y, 9u + (uint)c) >> 24) : (byte)0);
        foreach (var entry in SpecRegistry.Kind<BlendMode>().Entries)
        {
            var mode = (BlendMode)entry.CreateDefault()!;
            foreach (var (w, h) in new[] { (1, 1), (5, 7), (203, 117), (1920, 1080) })
            {
                foreach (var opacity in new[] { 1f, 0.7f, 0.001f, 0f })
                {
                    foreach (var (name, top) in new[] { ("noise", noise), ("sparse", sparse) })
                    {
                        using var bottom = Pattern(w, h, (x, y, c) => (byte)((x * 7 + y * 3 + c * 50) % 256));
                        using var layer = Pattern(w, h, top);
                        LayerBlender.Blend(bottom, layer, mode, opacity);
                        Print($"blend {entry.Name} {w}x{h} {opacity} {name}", bottom);
                    }
                }
            }
        }
    }

    /// <summary>Whole frames of specs that use every field, palette size, blend mode and shader.</summary>
    private static void Specs(string folder)
    {
        var fields = SpecRegistry.Kind<FieldParameters>().Entries.Where(e => e.CreateDefault() is not null).Select(e => e.Name);
        var grids = new[] { "xs", "sm", "md", "lg", "xl", "xxl" };
        var specs = new List<(string Name, string Yaml)>();
        foreach (var field in fields)
        {
            // The grid follows from the name, not from the field's place in the registry, so that adding a field
            // leaves every other field's lines as they were.
            var grid = grids[field.Sum(c => c) % grids.Length];
            specs.Add(($"field {field} {grid}", Spec("1920x1080", $"""
                      - field: {field}
                        grid: {grid}
                """, "[scanlines]")));
        }

        foreach (var grid in grids)
        {
            foreach (var size in new[] { "1920x1080", "202x118", "646x362", "1280x720" })
            {
                specs.Add(($"busy {grid} {size}", Spec(size, $"""
                          - field: {"{"} type: plasma, scale: 2 {"}"}
                            grid: {grid}
                          - field: matrix_rain
                            grid: sm
                            palette: dense
                            color: {"{"} type: palette, name: mono_green {"}"}
                            blend: screen
                          - field: embers
                            grid: xs
                            color: {"{"} type: oklch {"}"}
                            blend: add
                            opacity: 0.7
                    """, "[bloom, vignette, grain, crt, scanlines]", "feedback: { decay: 0.75, opacity: 0.5, transform: zoom }")));
            }
        }

        foreach (var blend in SpecRegistry.Kind<BlendMode>().Entries.Select(e => e.Name))
        {
            specs.Add(($"blend {blend}", Spec("640x360", $"""
                      - field: fbm
                        grid: lg
                        palette: blocks
                      - field: rings
                        grid: md
                        blend: {blend}
                        opacity: 0.8
                """, "[bloom]")));
        }

        foreach (var (name, yaml) in specs)
        {
            var path = Path.Combine(folder, "spec.video.yaml");
            File.WriteAllText(path, yaml);
            var plan = RenderPlanner.Plan(SpecLoader.Load(path), new RenderOptions(Quality: QualityName.Production, OutputDirectory: folder));
            using var renderer = new FrameRenderer(plan);
            using var frame = new FrameBuffer(plan.Width, plan.Height);
            foreach (var f in new[] { 0, 7, 50, 51 })
            {
                renderer.Render(f, frame);
                Print($"spec {name} f{f}", frame);
            }
        }
    }

    private static string Spec(string size, string layers, string shaders, string extra = "") => $"""
        size: {size}
        fps: 24
        seed: 5
        scenes:
          - start: 0s
            end: 4s
            shaders: {shaders}
            {extra}
            layers:
        {layers}
        """;

    private static FrameBuffer Pattern(int width, int height, Func<int, int, int, byte> pixel)
    {
        var frame = new FrameBuffer(width, height);
        var pixels = frame.Pixels;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    pixels[(y * width + x) * 3 + c] = pixel(x, y, c);
                }
            }
        }

        return frame;
    }

    private static void Print(string name, FrameBuffer frame) =>
        Console.WriteLine($"{name}: {Convert.ToHexString(XxHash64.Hash(frame.Pixels)).ToLowerInvariant()}");
}
