using System.Runtime.Intrinsics;
using AsciiAssets.Scene.Fields;

namespace AsciiAssets.Tests.Scene.Fields;

public class NoiseTests
{
    [Theory]
    [InlineData(0f)]
    [InlineData(0.37f)]
    [InlineData(-12.5f)]
    [InlineData(3600.25f)]
    public void Eight_lanes_give_the_bits_of_the_scalar_noise(float z)
    {
        // Points on both sides of zero and of lattice lines, where floor and the corner hashes change.
        for (var start = -40f; start < 40f; start += 8 * 0.731f)
        {
            var xs = new float[8];
            var ys = new float[8];
            for (var lane = 0; lane < 8; lane++)
            {
                xs[lane] = start + lane * 0.731f;
                ys[lane] = -start * 0.53f + lane * 1.37f;
            }

            var value = Noise.Value(42, Vector256.Create<float>(xs), Vector256.Create<float>(ys), z);
            var fbm = Noise.Contrast(Noise.Fbm(42, Vector256.Create<float>(xs), Vector256.Create<float>(ys), z, 5, 2f, 0.5f), 1.8f);
            for (var lane = 0; lane < 8; lane++)
            {
                BitConverter.SingleToInt32Bits(value[lane]).Should().Be(BitConverter.SingleToInt32Bits(Noise.Value(42, xs[lane], ys[lane], z)), $"value at ({xs[lane]}, {ys[lane]})");
                BitConverter.SingleToInt32Bits(fbm[lane]).Should().Be(
                    BitConverter.SingleToInt32Bits(Noise.Contrast(Noise.Fbm(42, xs[lane], ys[lane], z, 5, 2f, 0.5f), 1.8f)), $"fbm at ({xs[lane]}, {ys[lane]})");
            }
        }
    }
}
