using AsciiAssets.Frames;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>Builds small frames and applies one shader to them.</summary>
internal static class ShaderTestKit
{
    public static string Spec(string shaders) => TestRender.LayerSpec("field: sine_field\ncolor: { type: palette, name: cyberpunk }", $"shaders: {shaders}");

    public const int SyntheticWidth = 160;
    public const int SyntheticHeight = 90;

    /// <summary>
    /// The fixed input of the shaders' own goldens, independent of fields, palettes and the compositor: black margins,
    /// glyph-sized cells alternating a colour ramp and dim noise, and bright spots above bloom's threshold.
    /// </summary>
    public static FrameBuffer SyntheticFrame() => Frame(SyntheticWidth, SyntheticHeight, (x, y, c) =>
    {
        if (x < 5 || y < 3 || x >= SyntheticWidth - 5 || y >= SyntheticHeight - 3)
        {
            return 0;
        }

        var (column, row) = (x / 8, y / 12);
        if ((column + 2 * row) % 7 == 0)
        {
            return (byte)(225 + 10 * c);
        }

        return (column + row) % 2 == 0
            ? (byte)((x * 3 + y * 2 + c * 70) % 200)
            : (byte)(AsciiAssets.Numerics.Hash.Combine((uint)x, (uint)y, (uint)c) >> 26);
    });

    public static FrameBuffer Frame(int width, int height, Func<int, int, int, byte> pixel)
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

    public static FrameBuffer Apply(ShaderParameters shader, FrameBuffer frame, int frameNumber = 0, uint seed = 7)
    {
        shader.Create(new ShaderSetup(frame.Width, frame.Height, seed)).Apply(frame, Probe.At(frameNumber));
        return frame;
    }

    public static byte At(FrameBuffer frame, int x, int y, int channel = 0) => frame.Pixels[(y * frame.Width + x) * 3 + channel];
}
