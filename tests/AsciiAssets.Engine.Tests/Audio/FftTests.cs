using AsciiAssets.Audio;

namespace AsciiAssets.Tests.Audio;

public class FftTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(2048)]
    public void Matches_a_direct_fourier_transform(int size)
    {
        var random = new Random(size);
        var input = Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var re = (float[])input.Clone();
        var im = new float[size];

        new Fft(size).Forward(re, im);

        foreach (var k in new[] { 0, 1, size / 4, size / 2 - 1, size / 2, size - 1 })
        {
            double sr = 0, si = 0;
            for (var n = 0; n < size; n++)
            {
                var angle = -2 * Math.PI * k * n / size;
                sr += input[n] * Math.Cos(angle);
                si += input[n] * Math.Sin(angle);
            }

            re[k].Should().BeApproximately((float)sr, 2e-4f * size, $"bin {k} real");
            im[k].Should().BeApproximately((float)si, 2e-4f * size, $"bin {k} imaginary");
        }
    }

    [Fact]
    public void A_bin_centred_cosine_lands_in_its_bin()
    {
        const int size = 256;
        var re = Enumerable.Range(0, size).Select(n => (float)Math.Cos(2 * Math.PI * 10 * n / size)).ToArray();
        var im = new float[size];

        new Fft(size).Forward(re, im);

        var magnitudes = Enumerable.Range(0, size / 2).Select(k => Math.Sqrt(re[k] * re[k] + im[k] * im[k])).ToArray();
        magnitudes[10].Should().BeApproximately(size / 2.0, 0.01);
        magnitudes.Where((_, k) => k != 10).Should().OnlyContain(m => m < 0.01);
    }

    [Fact]
    public void Rejects_sizes_that_are_not_powers_of_two() =>
        FluentActions.Invoking(() => new Fft(1000)).Should().Throw<ArgumentOutOfRangeException>();
}
