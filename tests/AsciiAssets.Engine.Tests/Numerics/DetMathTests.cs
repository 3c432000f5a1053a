using System.Runtime.Intrinsics;
using AsciiAssets.Numerics;

namespace AsciiAssets.Tests.Numerics;

public class DetMathTests
{
    [Fact]
    public void Sin_is_within_five_millionths_of_the_true_sine()
    {
        for (var x = -50f; x <= 50f; x += 0.001f)
        {
            Math.Abs(DetMath.Sin(x) - Math.Sin(x)).Should().BeLessThan(5e-6, $"at {x}");
        }
    }

    [Fact]
    public void Vector_sin_gives_the_scalar_bits_in_every_lane()
    {
        if (!DetMath.VectorSinAccelerated)
        {
            return;
        }

        // Dense steps, the fold and rounding boundaries (odd multiples of π/2 and π), and large arguments.
        var inputs = Enumerable.Range(-400_000, 800_000).Select(i => i * 0.00025f)
            .Concat(Enumerable.Range(-64, 129).SelectMany(n => new[] { n * DetMath.HalfPi, n * DetMath.Pi, BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(n * DetMath.HalfPi) + 1) }))
            .Concat(new[] { 1e4f, -1e4f, 123456.7f, 0f, -0f })
            .ToArray();
        var lanes = new float[8];
        for (var i = 0; i + 8 <= inputs.Length; i += 8)
        {
            DetMath.Sin(Vector256.Create<float>(inputs.AsSpan(i))).CopyTo(lanes);
            for (var l = 0; l < 8; l++)
            {
                BitConverter.SingleToInt32Bits(lanes[l]).Should().Be(BitConverter.SingleToInt32Bits(DetMath.Sin(inputs[i + l])), $"sin({inputs[i + l]:R})");
            }
        }
    }
}
