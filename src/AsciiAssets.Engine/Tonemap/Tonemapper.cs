using AsciiAssets.Numerics;
using AsciiAssets.Rendering;

namespace AsciiAssets.Tonemap;

/// <summary>
/// Adaptive tonemap as the reference defines it: lo / hi are the 1st / 99.5th percentiles of a 4×-subsampled
/// frame (hi ≥ lo + 10), and out = clip((x − lo) / (hi − lo), 0, 1)^gamma mapped to [2, 253].
/// Brightness comes from the curve, never from a linear multiplier. Reuses its tables across frames.
/// </summary>
public sealed class Tonemapper
{
    private const int Subsample = 4;
    private readonly int[] _histogram = new int[256];
    private readonly byte[] _lut = new byte[256];
    private readonly float _gamma;

    public Tonemapper(float gamma)
    {
        _gamma = gamma;
    }

    public (int Low, int High) Apply(FrameBuffer frame)
    {
        var (low, high) = Percentiles(frame);
        BuildLut(low, high);
        var pixels = frame.Pixels;
        var lut = _lut;
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = lut[pixels[i]];
        }

        return (low, high);
    }

    private (int Low, int High) Percentiles(FrameBuffer frame)
    {
        Array.Clear(_histogram);
        var count = 0;
        for (var y = 0; y < frame.Height; y += Subsample)
        {
            var row = frame.Row(y);
            for (var x = 0; x < row.Length; x += Subsample * 3)
            {
                _histogram[row[x]]++;
                _histogram[row[x + 1]]++;
                _histogram[row[x + 2]]++;
                count += 3;
            }
        }

        var low = Percentile(count, 0.01);
        var high = Percentile(count, 0.995);
        if (high < low + 10)
        {
            high = Math.Min(255, low + 10);
            low = high - 10;
        }

        return (low, high);
    }

    /// <summary>The smallest value v with at least fraction · count samples ≤ v.</summary>
    private int Percentile(int count, double fraction)
    {
        var target = (long)Math.Ceiling(fraction * count);
        long seen = 0;
        for (var v = 0; v < 256; v++)
        {
            seen += _histogram[v];
            if (seen >= target && seen > 0)
            {
                return v;
            }
        }

        return 255;
    }

    private void BuildLut(int low, int high)
    {
        var range = (float)(high - low);
        for (var v = 0; v < 256; v++)
        {
            var x = Math.Clamp((v - low) / range, 0f, 1f);
            var y = DetMath.Pow(x, _gamma);
            _lut[v] = (byte)(2 + (int)Math.Round(y * 251, MidpointRounding.AwayFromZero));
        }
    }
}
