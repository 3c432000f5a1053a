namespace AsciiAssets.Tests.Shaders;

/// <summary>
/// Bloom by its definition in the plainest code: each step over whole arrays, one value at a time, with the float
/// sums in the order the definition states them. The engine's bloom (vectorised, streamed row by row, bright rows
/// skipped) must give the same bytes.
/// </summary>
internal static class BloomReference
{
    private const int Factor = 4;

    public static void Apply(byte[] pixels, int width, int height, float threshold, float strength)
    {
        // Bright values are the whole values above the threshold.
        var bright = (int)MathF.Floor(threshold) + 1;
        if (bright > 255 || !(strength > 0))
        {
            return;
        }

        var qw = (width + Factor - 1) / Factor;
        var qh = (height + Factor - 1) / Factor;
        var glow = new float[qh, qw, 3];
        for (var qy = 0; qy < qh; qy++)
        {
            for (var qx = 0; qx < qw; qx++)
            {
                var rows = Math.Min(Factor, height - qy * Factor);
                var columns = Math.Min(Factor, width - qx * Factor);
                for (var c = 0; c < 3; c++)
                {
                    var sum = 0;
                    for (var y = qy * Factor; y < qy * Factor + rows; y++)
                    {
                        for (var x = qx * Factor; x < qx * Factor + columns; x++)
                        {
                            var v = pixels[(y * width + x) * 3 + c];
                            sum += v >= bright ? v : 0;
                        }
                    }

                    glow[qy, qx, c] = sum * (1f / (rows * columns));
                }
            }
        }

        for (var pass = 0; pass < 3; pass++)
        {
            glow = BoxBlur(glow, qw, qh);
        }

        var (x0, x1, wx) = Taps(width, qw);
        var (y0, y1, wy) = Taps(height, qh);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var upper = Level(glow[y0[y], x0[x], c], strength) * (8 - wx[x]) + Level(glow[y0[y], x1[x], c], strength) * wx[x];
                    var lower = Level(glow[y1[y], x0[x], c], strength) * (8 - wx[x]) + Level(glow[y1[y], x1[x], c], strength) * wx[x];
                    var i = (y * width + x) * 3 + c;
                    pixels[i] = (byte)Math.Min(255, pixels[i] + ((upper * (8 - wy[y]) + lower * wy[y] + 32) >> 6));
                }
            }
        }
    }

    /// <summary>A 3x3 box: the three values along a row summed (edges repeated), then three such sums down a column, over nine.</summary>
    private static float[,,] BoxBlur(float[,,] source, int qw, int qh)
    {
        var across = new float[qh, qw, 3];
        var result = new float[qh, qw, 3];
        for (var y = 0; y < qh; y++)
        {
            for (var x = 0; x < qw; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    across[y, x, c] = source[y, Math.Max(x - 1, 0), c] + source[y, x, c] + source[y, Math.Min(x + 1, qw - 1), c];
                }
            }
        }

        for (var y = 0; y < qh; y++)
        {
            for (var x = 0; x < qw; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    result[y, x, c] = (across[Math.Max(y - 1, 0), x, c] + across[y, x, c] + across[Math.Min(y + 1, qh - 1), x, c]) * (1f / 9f);
                }
            }
        }

        return result;
    }

    /// <summary>The glow as whole levels: rounded, at most 4·255.</summary>
    private static int Level(float blurred, float strength) => Math.Min((int)(blurred * strength + 0.5f), 4 * 255);

    /// <summary>Full-resolution sample i sits at quarter position (i + 0.5) / 4 − 0.5 = (2i − 3) / 8: its two taps, clamped, and the second's weight in eighths.</summary>
    private static (int[] First, int[] Second, int[] Weight) Taps(int size, int quarter)
    {
        var first = new int[size];
        var second = new int[size];
        var weight = new int[size];
        for (var i = 0; i < size; i++)
        {
            var eighths = 2 * i - 3;
            var q = (int)Math.Floor(eighths / 8.0);
            first[i] = Math.Clamp(q, 0, quarter - 1);
            second[i] = Math.Clamp(q + 1, 0, quarter - 1);
            weight[i] = eighths - 8 * q;
        }

        return (first, second, weight);
    }
}
