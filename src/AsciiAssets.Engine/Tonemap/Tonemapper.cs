using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;

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
    private readonly int[] _partial = new int[6 * 256];
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
        if (frame.HasAlpha)
        {
            // The curve lifts black to 2: on a transparent frame it maps straight colour, so transparency stays
            // transparent, while the percentiles are those of the frame over black, as for an opaque spec.
            AlphaPixels.Unpremultiply(frame.Pixels, frame.Alpha);
            ByteLookup.Apply(frame.Pixels, _lut);
            AlphaPixels.Premultiply(frame.Pixels, frame.Alpha);
        }
        else
        {
            ByteLookup.Apply(frame.Pixels, _lut);
        }

        return (low, high);
    }

    private (int Low, int High) Percentiles(FrameBuffer frame)
    {
        // Six partial histograms (per channel, alternate samples), so runs of equal values do not wait on each other.
        var partial = _partial;
        Array.Clear(partial);
        ref var h = ref MemoryMarshal.GetArrayDataReference(partial);
        ref var pixels = ref MemoryMarshal.GetReference(frame.Pixels);
        var stride = frame.Stride;
        const int Step = Subsample * 3;
        var rows = 0;
        for (var y = 0; y < frame.Height; y += Subsample)
        {
            rows++;
            ref var row = ref Unsafe.Add(ref pixels, y * stride);
            var x = 0;
            for (; x + Step < stride; x += 2 * Step)
            {
                Unsafe.Add(ref h, Unsafe.Add(ref row, x))++;
                Unsafe.Add(ref h, 256 + Unsafe.Add(ref row, x + 1))++;
                Unsafe.Add(ref h, 512 + Unsafe.Add(ref row, x + 2))++;
                Unsafe.Add(ref h, 768 + Unsafe.Add(ref row, x + Step))++;
                Unsafe.Add(ref h, 1024 + Unsafe.Add(ref row, x + Step + 1))++;
                Unsafe.Add(ref h, 1280 + Unsafe.Add(ref row, x + Step + 2))++;
            }

            if (x < stride)
            {
                Unsafe.Add(ref h, Unsafe.Add(ref row, x))++;
                Unsafe.Add(ref h, 256 + Unsafe.Add(ref row, x + 1))++;
                Unsafe.Add(ref h, 512 + Unsafe.Add(ref row, x + 2))++;
            }
        }

        for (var v = 0; v < 256; v++)
        {
            _histogram[v] = partial[v] + partial[256 + v] + partial[512 + v] + partial[768 + v] + partial[1024 + v] + partial[1280 + v];
        }

        var count = rows * ((frame.Width + Subsample - 1) / Subsample) * 3;
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
