using AsciiAssets.Frames;
using SkiaSharp;

namespace AsciiAssets.Encode;

/// <summary>Writes one rendered frame as a PNG (for previews; no ffmpeg needed), replacing the file only when complete.</summary>
public static class PngWriter
{
    public static void Write(FrameBuffer frame, string path)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(frame.Width, frame.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var source = frame.Pixels;
        var target = bitmap.GetPixelSpan();
        for (int p = 0, s = 0; s < source.Length; p += 4, s += 3)
        {
            target[p] = source[s];
            target[p + 1] = source[s + 1];
            target[p + 2] = source[s + 2];
            target[p + 3] = 255;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var image = SKImage.FromBitmap(bitmap))
            using (var data = image.Encode(SKEncodedImageFormat.Png, 100))
            using (var file = File.Create(partial))
            {
                data.SaveTo(file);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
