using SkiaSharp;

namespace AsciiAssets.Tests.Support;

public class GoldenTests
{
    [Fact]
    public void A_changed_frame_is_written_as_a_png_that_the_failure_names()
    {
        var pixels = Enumerable.Range(0, 4 * 3 * 3).Select(i => (byte)(i * 7)).ToArray();
        var path = Path.Combine(Golden.FailureFolder, "GoldenTests.sample.expected-0000000000000000.png");

        var check = () => Golden.Check(pixels, 4, 3, "0000000000000000", "GoldenTests.sample");

        check.Should().Throw<Exception>().Which.Message.Should().Contain(path);
        using (var written = SKBitmap.Decode(path))
        {
            written.Width.Should().Be(4);
            written.GetPixel(1, 2).Should().Be(new SKColor(pixels[27], pixels[28], pixels[29]));
        }

        // Not a real failure: nothing of it should be left for a reader of golden-failures/.
        File.Delete(path);
    }

    [Fact]
    public void A_matching_frame_writes_nothing()
    {
        var pixels = new byte[12];
        var name = $"GoldenTests.match.{Guid.NewGuid():N}";

        Golden.Check(pixels, 2, 2, TestRender.Hash(pixels), name);

        var written = Directory.Exists(Golden.FailureFolder) ? Directory.EnumerateFiles(Golden.FailureFolder, name + "*") : Enumerable.Empty<string>();
        written.Should().BeEmpty();
    }
}
