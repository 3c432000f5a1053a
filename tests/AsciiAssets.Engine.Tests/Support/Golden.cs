using AsciiAssets.Encode;
using AsciiAssets.Frames;
using SkiaSharp;

namespace AsciiAssets.Tests.Support;

/// <summary>
/// Golden hashes that explain themselves: a frame whose hash is not the expected one is written as a PNG to
/// golden-failures/ beside the test assembly, and the failure message names the file, so the change can be looked at.
/// </summary>
public static class Golden
{
    public static string FailureFolder => Path.Combine(AppContext.BaseDirectory, "golden-failures");

    /// <param name="name">Names the PNG written on a mismatch; unique per golden (the expected hash is added).</param>
    public static void Check(ReadOnlySpan<byte> pixels, int width, int height, string expected, string name)
    {
        var bytes = pixels.ToArray();
        Compare(bytes, expected, name, path =>
        {
            using var frame = new FrameBuffer(width, height);
            bytes.CopyTo(frame.Pixels);
            PngWriter.Write(frame, path);
        });
    }

    /// <summary>A golden of a transparent spec's frame as the encoders get it (straight RGBA); a mismatch is written as an RGBA PNG.</summary>
    public static void CheckRgba(byte[] rgba, int width, int height, string expected, string name) =>
        Compare(rgba, expected, name, path =>
        {
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            rgba.CopyTo(bitmap.GetPixelSpan());
            Directory.CreateDirectory(FailureFolder);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, data.ToArray());
        });

    private static void Compare(byte[] bytes, string expected, string name, Action<string> write)
    {
        var actual = TestRender.Hash(bytes);
        if (actual == expected)
        {
            return;
        }

        var path = Path.Combine(FailureFolder, $"{name}.expected-{expected}.png");
        write(path);
        actual.Should().Be(expected, $"the golden {name} changed; the frame rendered now is {path}");
    }
}
