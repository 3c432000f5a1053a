using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using SkiaSharp;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// Renders the contact sheets in docs/gallery: for each gallery spec there (one scene per entry, named after it), the
/// middle frame of every scene (of every transition, in a spec of transitions), labelled and tiled into one PNG beside the spec.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- gallery [folder] [--only name]
/// </summary>
public static class Gallery
{
    private const int Columns = 4;
    private const int LabelHeight = 22;

    public static int Run(string[] args)
    {
        var folder = BenchOptions.Operands(args, "--only").FirstOrDefault() ?? Path.Combine(RepositoryRoot(), "docs", "gallery");
        var only = BenchOptions.Text(args, "--only");
        foreach (var specPath in Directory.GetFiles(folder, "*.video.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(specPath)[..^".video.yaml".Length];
            if (only is not null && name != only)
            {
                continue;
            }

            var output = Path.Combine(folder, name + ".png");
            Sheet(specPath, output);
            Console.WriteLine($"wrote {output}");
        }

        return 0;
    }

    private static void Sheet(string specPath, string output)
    {
        var plan = RenderPlanner.Plan(SpecLoader.Load(specPath), new RenderOptions(Quality: QualityName.Production));
        // A sheet of transitions shows each one half-way, and only the scenes that come in with one.
        var scenes = plan.Scenes.Any(s => s.TransitionFrames > 0) ? plan.Scenes.Where(s => s.TransitionFrames > 0).ToArray() : plan.Scenes;
        var rows = (scenes.Count + Columns - 1) / Columns;
        var tileHeight = plan.Height + LabelHeight;
        using var sheet = new SKBitmap(new SKImageInfo(Columns * plan.Width, rows * tileHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(24, 24, 28));
        using var font = new SKFont(Glyphs.FontFace.Typeface, 14);
        using var paint = new SKPaint { Color = new SKColor(230, 230, 230), IsAntialias = true };
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        for (var s = 0; s < scenes.Count; s++)
        {
            var scene = scenes[s];
            renderer.Render(MiddleFrame(scene), frame);
            var x = s % Columns * plan.Width;
            var y = s / Columns * tileHeight;
            using var tile = ToBitmap(frame);
            canvas.DrawBitmap(tile, x, y + LabelHeight);
            canvas.DrawText(scene.Spec.Name ?? $"scene {s + 1}", x + 6, y + 16, font, paint);
        }

        using var image = SKImage.FromBitmap(sheet);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(output);
        data.SaveTo(file);
    }

    /// <summary>The middle frame of a scene's transition, or of the scene when it has none.</summary>
    public static int MiddleFrame(ScenePlan scene) =>
        scene.StartFrame + (scene.TransitionFrames > 0 ? (scene.TransitionFrames - 1) / 2 : scene.FrameCount / 2);

    private static SKBitmap ToBitmap(FrameBuffer frame)
    {
        var bitmap = new SKBitmap(new SKImageInfo(frame.Width, frame.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var source = frame.Pixels;
        var target = bitmap.GetPixelSpan();
        for (int p = 0, s = 0; s < source.Length; p += 4, s += 3)
        {
            target[p] = source[s];
            target[p + 1] = source[s + 1];
            target[p + 2] = source[s + 2];
            target[p + 3] = 255;
        }

        return bitmap;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsciiAssets.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository, or pass the gallery folder.");
    }
}
