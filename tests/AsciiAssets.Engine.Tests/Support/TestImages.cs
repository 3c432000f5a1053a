using AsciiAssets.Spec;
using SkiaSharp;

namespace AsciiAssets.Tests.Support;

/// <summary>Small images drawn with Skia and written as PNG into a temporary folder, once per test run.</summary>
public static class TestImages
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "images-" + Environment.ProcessId);

    private static readonly object Gate = new();

    /// <summary>A PNG of a white disc and a coloured bar on a transparent (or black) background; <paramref name="variant"/> moves them.</summary>
    public static string Png(string name, int width = 96, int height = 64, int variant = 0, bool opaque = false)
    {
        var path = Path.Combine(Folder, name + ".png");
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Folder);
                using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
                using (var canvas = new SKCanvas(bitmap))
                {
                    canvas.Clear(opaque ? SKColors.Black : SKColors.Transparent);
                    using var paint = new SKPaint { IsAntialias = true };
                    paint.Color = SKColors.White;
                    canvas.DrawCircle(width * (0.3f + 0.1f * variant), height * 0.5f, height * 0.3f, paint);
                    paint.Color = new SKColor(255, 80, 40);
                    canvas.DrawRect(width * 0.6f, height * 0.2f, width * 0.3f, height * 0.6f, paint);
                }

                using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(path, data.ToArray());
            }
        }

        return path;
    }

    /// <summary>A numbered sequence of <paramref name="count"/> PNGs whose shapes move from frame to frame.</summary>
    public static InputSequence Sequence(string name, int count)
    {
        var files = Enumerable.Range(0, count).Select(i => Png($"{name}-{i:000}", variant: i)).ToArray();
        return new InputSequence(Path.Combine(Folder, name + "-%03d.png"), files.Select(f => new InputFile(Path.GetFileName(f), f)).ToArray());
    }
}
