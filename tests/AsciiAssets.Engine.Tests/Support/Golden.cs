using AsciiAssets.Encode;
using AsciiAssets.Frames;

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
        var actual = TestRender.Hash(pixels.ToArray());
        if (actual == expected)
        {
            return;
        }

        var path = Path.Combine(FailureFolder, $"{name}.expected-{expected}.png");
        using (var frame = new FrameBuffer(width, height))
        {
            pixels.CopyTo(frame.Pixels);
            PngWriter.Write(frame, path);
        }

        actual.Should().Be(expected, $"the golden {name} changed; the frame rendered now is {path}");
    }
}
