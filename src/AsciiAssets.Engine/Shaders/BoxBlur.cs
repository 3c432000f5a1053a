namespace AsciiAssets.Shaders;

/// <summary>How a blurring shader combines a pixel's channel value with the blurred value at the same place.</summary>
internal interface IBlurMix
{
    byte Mix(byte value, int blurred);
}

/// <summary>
/// A box blur of an rgb24 frame, rows then columns, by running sums in integers (the edge value repeated), whose
/// column pass hands each blurred value straight to the shader's mix: the blur is never stored, only its row sums.
/// Both passes walk memory in order (the column pass keeps one running sum per column of a row), because a walk
/// down each column of 24 MB of sums misses the cache on every step.
/// </summary>
internal sealed class BoxBlur(int width, int height)
{
    private readonly int[] _across = new int[width * height * 3];
    private readonly int[] _down = new int[width * 3];

    /// <summary>Blurs <paramref name="source"/> by a (2r + 1)² box and writes mix(target, blurred) into <paramref name="target"/>, which may be the source itself.</summary>
    public void Apply<TMix>(ReadOnlySpan<byte> source, Span<byte> target, int radius, TMix mix)
        where TMix : struct, IBlurMix
    {
        var stride = width * 3;
        for (var y = 0; y < height; y++)
        {
            for (var c = 0; c < 3; c++)
            {
                RowSums(source, (y * stride) + c, radius);
            }
        }

        var area = (2 * radius + 1) * (2 * radius + 1);
        var average = new RoundedQuotient(area);
        var down = _down.AsSpan();
        down.Clear();
        for (var y = -radius; y <= radius; y++)
        {
            Add(down, Row(Math.Clamp(y, 0, height - 1)));
        }

        for (var y = 0; y < height; y++)
        {
            var row = target.Slice(y * stride, stride);
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = mix.Mix(row[x], average.Of(down[x]));
            }

            var entering = Row(Math.Min(y + radius + 1, height - 1));
            var leaving = Row(Math.Max(y - radius, 0));
            for (var x = 0; x < down.Length; x++)
            {
                down[x] += entering[x] - leaving[x];
            }
        }
    }

    private ReadOnlySpan<int> Row(int y) => _across.AsSpan(y * width * 3, width * 3);

    private static void Add(Span<int> sums, ReadOnlySpan<int> row)
    {
        for (var x = 0; x < sums.Length; x++)
        {
            sums[x] += row[x];
        }
    }

    /// <summary>Sums of one channel of a row over a window of 2r + 1 pixels, the edge value repeated.</summary>
    private void RowSums(ReadOnlySpan<byte> source, int start, int radius)
    {
        var sum = 0;
        for (var i = -radius; i <= radius; i++)
        {
            sum += source[start + Math.Clamp(i, 0, width - 1) * 3];
        }

        for (var i = 0; i < width; i++)
        {
            _across[start + i * 3] = sum;
            sum += source[start + Math.Min(i + radius + 1, width - 1) * 3] - source[start + Math.Max(i - radius, 0) * 3];
        }
    }

    /// <summary>
    /// (sum + area / 2) / area, rounded to nearest, by a multiply and a shift instead of a division per value: with
    /// m = ⌈2⁴⁸ / area⌉ the quotient is exact for every sum below 256 · area while area stays under 2²⁰ (a box of
    /// 1023 pixels a side), since the error sum · (m − 2⁴⁸/area) / 2⁴⁸ is then smaller than 1/area.
    /// </summary>
    private readonly struct RoundedQuotient(int area)
    {
        private const int Shift = 48;
        private readonly ulong _multiplier = ((1UL << Shift) + (ulong)area - 1) / (ulong)area;
        private readonly uint _half = (uint)(area / 2);

        public int Of(int sum) => (int)(((uint)sum + _half) * _multiplier >> Shift);
    }
}
