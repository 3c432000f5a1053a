using System.Runtime.Intrinsics;
using AsciiAssets.Numerics;

namespace AsciiAssets.Tests.Numerics;

public class ColorSpacesTests
{
    [Theory]
    [InlineData(0f, 1f, 1f, 255, 0, 0)]
    [InlineData(1f / 3, 1f, 1f, 0, 255, 0)]
    [InlineData(2f / 3, 1f, 1f, 0, 0, 255)]
    [InlineData(0.5f, 0f, 0.5f, 128, 128, 128)]
    [InlineData(-0.25f, 0.5f, 0.8f, 153, 102, 204)]
    public void Hsv_gives_the_textbook_colour(float hue, float saturation, float value, int r, int g, int b) =>
        ColorSpaces.HsvToRgb(hue, saturation, value).Should().Be(new Rgb24((byte)r, (byte)g, (byte)b));

    [Theory]
    [InlineData(0f)]
    [InlineData(0.35f)]
    [InlineData(0.8f)]
    [InlineData(1f)]
    public void Eight_hsv_colours_at_once_are_the_scalar_colours(float saturation)
    {
        // Hues across several turns, both signs and every sector boundary; values outside 0..1 clip.
        var hues = Enumerable.Range(-2000, 4000).Select(i => i / 600f)
            .Concat(Enumerable.Range(-12, 25).Select(i => i / 6f))
            .Concat(new[] { -1e-9f, 1e-9f, 0.99999994f, -0.99999994f })
            .ToArray();
        var colors = new Rgb24[8];
        for (var i = 0; i + 8 <= hues.Length; i += 8)
        {
            var values = Enumerable.Range(0, 8).Select(l => (i + l) % 13 / 10f - 0.1f).ToArray();
            ColorSpaces.HsvToRgb(Vector256.Create<float>(hues.AsSpan(i)), saturation, Vector256.Create<float>(values), colors);
            for (var l = 0; l < 8; l++)
            {
                colors[l].Should().Be(ColorSpaces.HsvToRgb(hues[i + l], saturation, values[l]), $"hue {hues[i + l]:R}, value {values[l]:R}");
            }
        }
    }

    [Theory]
    [InlineData(255, 0, 0, 0f, 1f, 1f)]
    [InlineData(255, 255, 0, 1f / 6, 1f, 1f)]
    [InlineData(0, 255, 0, 2f / 6, 1f, 1f)]
    [InlineData(0, 0, 255, 4f / 6, 1f, 1f)]
    [InlineData(255, 0, 255, 5f / 6, 1f, 1f)]
    [InlineData(128, 128, 128, 0f, 0f, 128 / 255f)]
    [InlineData(0, 0, 0, 0f, 0f, 0f)]
    [InlineData(255, 128, 128, 0f, 127 / 255f, 1f)]
    public void Rgb_to_hsv_gives_the_hue_in_turns_saturation_and_value(byte r, byte g, byte b, float hue, float saturation, float value)
    {
        var (h, s, v) = ColorSpaces.RgbToHsv(new Rgb24(r, g, b));
        h.Should().BeApproximately(hue, 1e-6f);
        s.Should().BeApproximately(saturation, 1e-6f);
        v.Should().BeApproximately(value, 1e-6f);
    }

    [Fact]
    public void Rgb_to_hsv_and_back_returns_every_colour_of_a_cube_exactly()
    {
        for (var r = 0; r < 256; r += 5)
        {
            for (var g = 0; g < 256; g += 5)
            {
                for (var b = 0; b < 256; b += 5)
                {
                    var color = new Rgb24((byte)r, (byte)g, (byte)b);
                    var (h, s, v) = ColorSpaces.RgbToHsv(color);
                    h.Should().BeInRange(0f, 1f);
                    ColorSpaces.HsvToRgb(h, s, v).Should().Be(color);
                }
            }
        }
    }
}
