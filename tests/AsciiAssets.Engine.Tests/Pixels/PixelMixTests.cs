using AsciiAssets.Pixels;

namespace AsciiAssets.Tests.Pixels;

public class PixelMixTests
{
    [Fact]
    public void Mixing_by_weights_rounds_every_triple_exactly()
    {
        // Every (from, to) pair for every weight, at a length that leaves a scalar tail after the vectors.
        var from = new byte[65536 + 13];
        var to = new byte[from.Length];
        var weights = new byte[from.Length];
        for (var w = 0; w < 256; w++)
        {
            for (var i = 0; i < from.Length; i++)
            {
                from[i] = (byte)(i & 255);
                to[i] = (byte)((i >> 8) & 255);
                weights[i] = (byte)w;
            }

            var expected = from.Select((f, i) => (byte)Math.Round((f * (255.0 - w) + to[i] * w) / 255, MidpointRounding.AwayFromZero)).ToArray();

            PixelMath.MixByWeights(from, to, weights);

            to.Should().Equal(expected, $"weight {w}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(128)]
    [InlineData(255)]
    [InlineData(256)]
    public void Mixing_by_one_weight_matches_its_formula(int weight)
    {
        var random = new Random(weight);
        var dry = new byte[1000];
        var wet = new byte[dry.Length];
        random.NextBytes(dry);
        random.NextBytes(wet);
        var expected = dry.Select((d, i) => (byte)((d * (256 - weight) + wet[i] * weight) >> 8)).ToArray();

        PixelMath.Mix(dry, wet, weight);

        wet.Should().Equal(expected);
    }
}
