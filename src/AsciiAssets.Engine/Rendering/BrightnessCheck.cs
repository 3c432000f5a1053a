using System.Numerics;
using System.Runtime.InteropServices;
using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;

namespace AsciiAssets.Rendering;

/// <summary>
/// Samples one rendered frame per second and, after the render, warns about stretches darker than the
/// reference's floor for quiet sections (mean 5 of 255). Frames are measured before encoding, in memory,
/// so the check costs no decoding.
/// </summary>
public sealed class BrightnessCheck(int frameCount, double fps)
{
    /// <summary>The reference's lowest acceptable mean for a quiet section.</summary>
    public const double QuietFloor = 5;

    private readonly int _interval = Math.Max(1, (int)Math.Round(fps));
    private readonly double[] _means = Enumerable.Repeat(double.NaN, (frameCount + Math.Max(1, (int)Math.Round(fps)) - 1) / Math.Max(1, (int)Math.Round(fps))).ToArray();

    public bool IsSample(int frame) => frame % _interval == 0;

    public void Record(int frame, FrameBuffer buffer) => _means[frame / _interval] = Mean(buffer.Pixels);

    /// <summary>The samples taken among frames [start, end), to keep with a cached segment.</summary>
    public IReadOnlyList<Caching.BrightnessSample> Samples(int start, int end) =>
        Enumerable.Range(start, end - start).Where(IsSample).Where(f => !double.IsNaN(_means[f / _interval])).Select(f => new Caching.BrightnessSample(f, _means[f / _interval])).ToArray();

    /// <summary>Puts back the samples of frames that came from the cache instead of being rendered.</summary>
    public void Restore(IEnumerable<Caching.BrightnessSample> samples)
    {
        foreach (var sample in samples.Where(s => IsSample(s.Frame) && s.Frame / _interval < _means.Length))
        {
            _means[sample.Frame / _interval] = sample.Mean;
        }
    }

    public IEnumerable<Diagnostic> Warnings(string outputName, SourceLocation location)
    {
        for (var i = 0; i < _means.Length; i++)
        {
            if (!(_means[i] < QuietFloor))
            {
                continue;
            }

            var start = i;
            var sum = 0.0;
            for (; i < _means.Length && _means[i] < QuietFloor; i++)
            {
                sum += _means[i];
            }

            yield return DiagnosticDescriptors.DarkSection.Create(location, outputName, Time(start), Time(i), sum / (i - start), QuietFloor);
        }
    }

    private string Time(int sample) => $"{sample * _interval / fps:0.#}s";

    private static double Mean(ReadOnlySpan<byte> pixels)
    {
        var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(pixels);
        ulong total = 0;
        foreach (var vector in vectors)
        {
            Vector.Widen(vector, out var low, out var high);
            total += Vector.Sum(low + high);
        }

        for (var i = vectors.Length * Vector<byte>.Count; i < pixels.Length; i++)
        {
            total += pixels[i];
        }

        return (double)total / pixels.Length;
    }
}
