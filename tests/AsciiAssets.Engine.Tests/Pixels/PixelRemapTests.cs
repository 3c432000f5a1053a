using AsciiAssets.Pixels;

namespace AsciiAssets.Tests.Pixels;

public class PixelRemapTests
{
    public static TheoryData<string> Transforms => new() { "mirror", "last-pixel", "outside-half", "scramble" };

    [Theory]
    [MemberData(nameof(Transforms))]
    public void Every_pixel_takes_its_source_pixel_or_black(string transform)
    {
        // Odd sizes leave a tail after the eight-pixel blocks; sources in the last pixel take the per-pixel path.
        const int Width = 37, Height = 23;
        (int, int) Source(int x, int y) => transform switch
        {
            "mirror" => (Width - 1 - x, y),
            "last-pixel" => (x + y) % 5 == 0 ? (Width - 1, Height - 1) : (x, y),
            "outside-half" => x % 2 == 0 ? (x, y) : (x + Width, y),
            _ => ((x * 7 + y * 3) % Width, (y * 5 + x) % Height),
        };
        var source = Enumerable.Range(0, Width * Height * 3).Select(i => (byte)(i * 31 + 7)).ToArray();
        var destination = new byte[source.Length];

        new PixelRemap(Width, Height, Source).Apply(source, destination);

        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (sx, sy) = Source(x, y);
                var inside = sx < Width && sy < Height;
                for (var c = 0; c < 3; c++)
                {
                    destination[(y * Width + x) * 3 + c].Should().Be(inside ? source[(sy * Width + sx) * 3 + c] : (byte)0, $"pixel ({x}, {y}) channel {c}");
                }
            }
        }
    }
}
