namespace AsciiAssets.Shaders;

/// <summary>How a blurring shader combines a pixel's channel value with the blurred value at the same place.</summary>
internal interface IBlurMix
{
    byte Mix(byte value, int blurred);
}

/// <summary>
/// A box blur of an rgb24 buffer, rows then columns, by running sums in integers (the edge value repeated), whose
/// column pass hands each blurred value straight to the shader's mix: the blur is never stored, only its row sums.
/// </summary>
internal static class BoxBlur
{
    /// <summary>
    /// Blurs <paramref name="source"/> by a (2r + 1)² box and writes mix(target, blurred) into <paramref name="target"/>,
    /// which may be the source itself. <paramref name="across"/> holds width · height · 3 row sums.
    /// </summary>
    public static void Apply<TMix>(ReadOnlySpan<byte> source, Span<byte> target, int[] across, int width, int height, int radius, TMix mix)
        where TMix : struct, IBlurMix
    {
        var taps = 2 * radius + 1;
        for (var y = 0; y < height; y++)
        {
            for (var c = 0; c < 3; c++)
            {
                RowSums(source, across, (y * width * 3) + c, 3, width, radius);
            }
        }

        var stride = width * 3;
        for (var x = 0; x < stride; x++)
        {
            // Down each column of one channel: the second pass, then the mix.
            var sum = 0;
            for (var y = -radius; y <= radius; y++)
            {
                sum += across[Math.Clamp(y, 0, height - 1) * stride + x];
            }

            for (var y = 0; y < height; y++)
            {
                var at = y * stride + x;
                target[at] = mix.Mix(target[at], (sum + taps * taps / 2) / (taps * taps));
                sum += across[Math.Min(y + radius + 1, height - 1) * stride + x] - across[Math.Max(y - radius, 0) * stride + x];
            }
        }
    }

    /// <summary>Sums of <paramref name="count"/> values <paramref name="step"/> apart over a window of 2r + 1, the edge value repeated.</summary>
    private static void RowSums(ReadOnlySpan<byte> source, int[] sums, int start, int step, int count, int radius)
    {
        var sum = 0;
        for (var i = -radius; i <= radius; i++)
        {
            sum += source[start + Math.Clamp(i, 0, count - 1) * step];
        }

        for (var i = 0; i < count; i++)
        {
            sums[start + i * step] = sum;
            sum += source[start + Math.Min(i + radius + 1, count - 1) * step] - source[start + Math.Max(i - radius, 0) * step];
        }
    }
}
