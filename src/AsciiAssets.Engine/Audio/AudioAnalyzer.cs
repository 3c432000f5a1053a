using System.Numerics;
using AsciiAssets.Numerics;

namespace AsciiAssets.Audio;

/// <summary>
/// Per-frame features of mono 22050 Hz PCM. Frame i is centred on sample i · hop with hop = 22050 / fps; its
/// spectrum is a Hann window of 2 · hop samples, zero-padded to a power of two. Raw values are smoothed
/// (exponential moving averages), then normalised over the whole track, so a frame's features depend only on
/// the audio bytes and the fps, never on the video's length, the segment layout or the worker.
/// </summary>
internal static class AudioAnalyzer
{
    public const int SampleRate = 22050;

    /// <summary>Band edges in Hz, in <see cref="AudioFeature"/> order from <see cref="AudioFeature.Sub"/>; the last is open above.</summary>
    public static readonly (float Low, float High)[] Bands =
    {
        (20, 80), (80, 250), (250, 500), (500, 2000), (2000, 6000), (6000, float.PositiveInfinity),
    };

    /// <summary>Exponential moving average weights of a new value at 24 fps; other rates use the weight with the same time constant.</summary>
    public const float FastSmoothing = 0.3f;

    public const float SlowSmoothing = 0.12f;

    public const double ReferenceFps = 24;

    /// <summary>Amplitude below which audio counts as silence (−80 dBFS): features stay 0 instead of amplifying noise.</summary>
    public const float SilenceFloor = 1e-4f;

    /// <summary>A band is normalised by at least this fraction of the loudest band (−40 dB), so leakage from a strong band never reads as a full weak band.</summary>
    public const float BandFloorRatio = 0.01f;

    /// <summary>Log compression of bin amplitudes before the flux: log(1 + k · amplitude).</summary>
    private const float FluxCompression = 100f;

    /// <summary>Smallest mean rise of the compressed spectrum that counts as an onset.</summary>
    private const float FluxFloor = 1e-3f;

    /// <summary>Flatness below this is a pure tone's; a track of tones alone is not stretched up to read as noise.</summary>
    private const float FlatnessFloor = 0.05f;

    /// <summary>Added to each bin's power before the flatness's logarithm, so empty bins do not send it to zero.</summary>
    private const double FlatnessEpsilon = 1e-12;

    /// <summary>A beat must stand this far above the mean flux of the surrounding second.</summary>
    private const float BeatOverLocalMean = 1.25f;

    /// <summary>…and reach this fraction of the largest flux peak of the track.</summary>
    private const float BeatOverTrackMax = 0.1f;

    public static AudioFeatures Analyze(ReadOnlySpan<short> pcm, double fps, int frameCount, string source)
    {
        var hop = SampleRate / fps;
        var window = Math.Max(16, (int)Math.Round(2 * hop));
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)window);
        var trackFrames = (int)Math.Ceiling(pcm.Length / hop);
        var raw = new Raw(trackFrames);
        if (trackFrames > 0)
        {
            Measure(pcm, hop, window, size, raw);
        }

        var fast = Weight(FastSmoothing, fps);
        var slow = Weight(SlowSmoothing, fps);
        Smooth(raw.Rms, fast);
        foreach (var band in raw.Bands)
        {
            Smooth(band, fast);
        }

        Smooth(raw.Flux, fast);
        Smooth(raw.Centroid, slow);
        Smooth(raw.Flatness, slow);

        var beats = PickBeats(raw.Flux, raw.Loud, fps);

        var series = new float[AudioFeatures.FeatureCount][];
        for (var f = 0; f < series.Length; f++)
        {
            series[f] = new float[frameCount];
        }

        Normalise(raw.Rms, SilenceFloor, series[(int)AudioFeature.Rms]);
        var loudestBand = raw.Bands.Max(RobustMax);
        for (var b = 0; b < raw.Bands.Length; b++)
        {
            Normalise(raw.Bands[b], Math.Max(SilenceFloor, loudestBand * BandFloorRatio), series[(int)AudioFeature.Sub + b]);
        }

        Normalise(raw.Centroid, 1f, series[(int)AudioFeature.Centroid]);
        Normalise(raw.Flux, FluxFloor, series[(int)AudioFeature.Flux]);
        Normalise(raw.Flatness, FlatnessFloor, series[(int)AudioFeature.Flatness]);
        BandRatios(raw, series);
        var inVideo = beats.Where(b => b < frameCount).ToArray();
        AudioFeatures.FillBeats(inVideo, fps, series[(int)AudioFeature.Beat], series[(int)AudioFeature.BeatDecay]);
        return new AudioFeatures(source, fps, frameCount, series, inVideo);
    }

    /// <summary>Raw loudness, band amplitudes, centroid (Hz) and flux of every frame of the track.</summary>
    private static void Measure(ReadOnlySpan<short> pcm, double hop, int window, int size, Raw raw)
    {
        var fft = new Fft(size);
        var hann = new float[window];
        float hannSum = 0;
        for (var n = 0; n < window; n++)
        {
            hann[n] = 0.5f - 0.5f * DetMath.Cos(DetMath.TwoPi * n / window);
            hannSum += hann[n];
        }

        // Bin amplitude scale: a sinusoid of amplitude A centred on a bin reads A.
        var amplitudeScale = 2f / hannSum;
        var bins = size / 2;
        var binOf = new int[bins + 1];
        var frequency = new float[bins + 1];
        for (var k = 0; k <= bins; k++)
        {
            frequency[k] = (float)((double)k * SampleRate / size);
            binOf[k] = -1;
            for (var b = 0; b < Bands.Length; b++)
            {
                if (frequency[k] >= Bands[b].Low && frequency[k] < Bands[b].High)
                {
                    binOf[k] = b;
                }
            }
        }

        var re = new float[size];
        var im = new float[size];
        var compressed = new float[bins + 1];
        var previous = new float[bins + 1];
        Span<double> bandPower = stackalloc double[Bands.Length];
        const float scale = 1f / 32768f;
        for (var i = 0; i < raw.Rms.Length; i++)
        {
            var centre = (long)Math.Round(i * hop);

            // Loudness over the frame's own hop.
            var from = Math.Max(0, (long)Math.Round(i * hop - hop / 2));
            var to = Math.Min(pcm.Length, (long)Math.Round(i * hop + hop / 2));
            double squares = 0;
            for (var s = from; s < to; s++)
            {
                var x = pcm[(int)s] * scale;
                squares += x * x;
            }

            var rms = to > from ? (float)Math.Sqrt(squares / (to - from)) : 0f;
            raw.Rms[i] = rms;
            raw.Loud[i] = rms >= SilenceFloor;

            // Spectrum of the Hann window around the centre.
            var start = centre - window / 2;
            for (var n = 0; n < size; n++)
            {
                var s = start + n;
                re[n] = n < window && s >= 0 && s < pcm.Length ? pcm[(int)s] * scale * hann[n] : 0f;
                im[n] = 0f;
            }

            fft.Forward(re, im);
            bandPower.Clear();
            double weighted = 0;
            double total = 0;
            double flux = 0;
            double logPower = 0;
            double power = 0;
            for (var k = 1; k <= bins; k++)
            {
                var amplitude = MathF.Sqrt(re[k] * re[k] + im[k] * im[k]) * amplitudeScale;
                var binPower = (double)amplitude * amplitude + FlatnessEpsilon;
                logPower += DetMath.Log((float)binPower);
                power += binPower;
                if (binOf[k] >= 0)
                {
                    bandPower[binOf[k]] += (double)amplitude * amplitude;
                }

                weighted += (double)frequency[k] * amplitude;
                total += amplitude;
                compressed[k] = DetMath.Log(1f + FluxCompression * amplitude);
                var rise = compressed[k] - previous[k];
                if (rise > 0)
                {
                    flux += rise;
                }
            }

            // A Hann-windowed sinusoid spreads over three bins with power 1 + 1/4 + 1/4 of its peak.
            for (var b = 0; b < Bands.Length; b++)
            {
                raw.Bands[b][i] = (float)Math.Sqrt(bandPower[b] / 1.5);
            }

            raw.Centroid[i] = raw.Loud[i] && total > 0 ? (float)(weighted / total) : 0f;
            raw.Flux[i] = (float)(flux / bins);
            raw.Flatness[i] = raw.Loud[i] ? DetMath.Exp((float)(logPower / bins)) / (float)(power / bins) : 0f;
            (previous, compressed) = (compressed, previous);
        }
    }

    /// <summary>The moving-average weight at this fps with the time constant the weight has at 24 fps.</summary>
    internal static float Weight(float weightAt24, double fps) =>
        1f - DetMath.Pow(1f - weightAt24, (float)(ReferenceFps / fps));

    private static void Smooth(float[] values, float weight)
    {
        float state = 0;
        for (var i = 0; i < values.Length; i++)
        {
            state += weight * (values[i] - state);
            values[i] = state;
        }
    }

    /// <summary>
    /// Local maxima of the smoothed flux that stand out from the surrounding second and from the track's quiet
    /// parts, at least fps / 5 frames apart (the stronger one wins; ties go to the earlier frame).
    /// </summary>
    private static int[] PickBeats(float[] flux, bool[] loud, double fps)
    {
        var n = flux.Length;
        if (n == 0)
        {
            return Array.Empty<int>();
        }

        var reach = Math.Max(1, (int)Math.Round(fps));
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + flux[i];
        }

        var trackMax = flux.Max();
        var candidates = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var v = flux[i];
            var left = i == 0 ? 0f : flux[i - 1];
            var right = i == n - 1 ? 0f : flux[i + 1];
            if (!(v > left && v >= right) || v < FluxFloor || v < BeatOverTrackMax * trackMax || !loud[i])
            {
                continue;
            }

            var lo = Math.Max(0, i - reach);
            var hi = Math.Min(n, i + reach + 1);
            var mean = (prefix[hi] - prefix[lo]) / (hi - lo);
            if (v >= BeatOverLocalMean * mean)
            {
                candidates.Add(i);
            }
        }

        var distance = Math.Max(1, (int)Math.Ceiling(fps / 5 - 1e-9));
        var kept = new List<int>();
        var blocked = new bool[n];
        foreach (var i in candidates.OrderByDescending(i => flux[i]).ThenBy(i => i))
        {
            if (!blocked[i])
            {
                kept.Add(i);
                for (var j = Math.Max(0, i - distance + 1); j < Math.Min(n, i + distance); j++)
                {
                    blocked[j] = true;
                }
            }
        }

        kept.Sort();
        return kept.ToArray();
    }

    /// <summary>The 99th percentile, but at least a tenth of the maximum, so neither one spike nor sparse clicks flatten the rest.</summary>
    private static float RobustMax(float[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = (float[])values.Clone();
        Array.Sort(sorted);
        var percentile = sorted[(int)Math.Floor(0.99 * (sorted.Length - 1))];
        return Math.Max(percentile, sorted[^1] * 0.1f);
    }

    /// <summary>Low, mid and high shares of the smoothed band energies (two bands each), as they are: a ratio needs no normalising.</summary>
    private static void BandRatios(Raw raw, float[][] series)
    {
        var count = Math.Min(raw.Rms.Length, series[0].Length);
        Span<double> pairs = stackalloc double[3];
        for (var i = 0; i < count; i++)
        {
            double total = 0;
            pairs.Clear();
            for (var b = 0; b < raw.Bands.Length; b++)
            {
                var energy = (double)raw.Bands[b][i] * raw.Bands[b][i];
                pairs[b / 2] += energy;
                total += energy;
            }

            if (!raw.Loud[i] || total <= 0)
            {
                continue;
            }

            series[(int)AudioFeature.LowRatio][i] = (float)(pairs[0] / total);
            series[(int)AudioFeature.MidRatio][i] = (float)(pairs[1] / total);
            series[(int)AudioFeature.HighRatio][i] = (float)(pairs[2] / total);
        }
    }

    private static void Normalise(float[] raw, float floor, float[] output)
    {
        var scale = Math.Max(RobustMax(raw), floor);
        var count = Math.Min(raw.Length, output.Length);
        for (var i = 0; i < count; i++)
        {
            output[i] = DetMath.Clamp01(raw[i] / scale);
        }
    }

    private sealed class Raw
    {
        public Raw(int frames)
        {
            Rms = new float[frames];
            Loud = new bool[frames];
            Centroid = new float[frames];
            Flux = new float[frames];
            Flatness = new float[frames];
            Bands = Enumerable.Range(0, AudioAnalyzer.Bands.Length).Select(_ => new float[frames]).ToArray();
        }

        public float[] Rms { get; }

        public bool[] Loud { get; }

        public float[][] Bands { get; }

        public float[] Centroid { get; }

        public float[] Flux { get; }

        public float[] Flatness { get; }
    }
}
