using AsciiAssets.Pixels;

namespace AsciiAssets.Tests.Pixels;

public class ColorMatrixTests
{
    private static byte[] Reference(byte[] pixels, int[] weights, int[] offsets)
    {
        var result = (byte[])pixels.Clone();
        for (var p = 0; p + 3 <= pixels.Length; p += 3)
        {
            for (var c = 0; c < 3; c++)
            {
                var sum = 128 + 256 * offsets[c];
                for (var k = 0; k < 3; k++)
                {
                    sum += weights[3 * c + k] * pixels[p + k];
                }

                result[p + c] = (byte)Math.Clamp(sum >> 8, 0, 255);
            }
        }

        return result;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(30)]
    [InlineData(97)]
    [InlineData(300)]
    [InlineData(6224)]
    public void Gives_the_definition_on_every_pixel(int length)
    {
        var random = new Random(length);
        for (var trial = 0; trial < 5; trial++)
        {
            var weights = Enumerable.Range(0, 9).Select(_ => random.Next(-600, 600)).ToArray();
            var offsets = Enumerable.Range(0, 3).Select(_ => random.Next(-100, 100)).ToArray();
            var pixels = new byte[length];
            random.NextBytes(pixels);
            var expected = Reference(pixels, weights, offsets);

            new ColorMatrix(weights, offsets).Apply(pixels);

            pixels.Should().Equal(expected, $"weights {string.Join(", ", weights)}, offsets {string.Join(", ", offsets)}");
        }
    }

    [Fact]
    public void The_identity_leaves_pixels_alone()
    {
        var pixels = Enumerable.Range(0, 999).Select(i => (byte)(i * 13)).ToArray();
        var original = (byte[])pixels.Clone();

        new ColorMatrix(new[] { 256, 0, 0, 0, 256, 0, 0, 0, 256 }, new[] { 0, 0, 0 }).Apply(pixels);

        pixels.Should().Equal(original);
    }

    [Fact]
    public void Refuses_weights_that_could_overflow()
    {
        var make = () => new ColorMatrix(new[] { 1 << 16, 0, 0, 0, 256, 0, 0, 0, 256 }, new[] { 0, 0, 0 });

        make.Should().Throw<ArgumentOutOfRangeException>();
    }
}
