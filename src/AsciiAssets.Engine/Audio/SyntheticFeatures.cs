using System.Globalization;
using AsciiAssets.Numerics;

namespace AsciiAssets.Audio;

/// <summary>
/// Features of an imagined track at a tempo, for specs without audio: a beat every 60 / bpm seconds from the
/// first frame, and simple envelopes on a 4/4 grid (kick on every beat in sub and bass, a snare on beats 2 and 4
/// in low-mid, hats on eighths and sixteenths in high-mid and high, a swell over each bar in mid).
/// A closed form of the frame number, like the effects.
/// </summary>
internal static class SyntheticFeatures
{
    public const double DefaultTempo = 120;

    public static AudioFeatures Create(double bpm, double fps, int frameCount)
    {
        var period = 60.0 / bpm;
        var beats = new List<int>();
        for (var k = 0; ; k++)
        {
            var frame = (int)Math.Round(k * period * fps);
            if (frame >= frameCount)
            {
                break;
            }

            if (beats.Count == 0 || beats[^1] != frame)
            {
                beats.Add(frame);
            }
        }

        var series = new float[AudioFeatures.FeatureCount][];
        for (var f = 0; f < series.Length; f++)
        {
            series[f] = new float[frameCount];
        }

        var beatFrames = beats.ToArray();
        AudioFeatures.FillBeats(beatFrames, fps, series[(int)AudioFeature.Beat], series[(int)AudioFeature.BeatDecay]);
        for (var f = 0; f < frameCount; f++)
        {
            var t = f / fps;
            var kick = Pulse(t, period, 0, 0.12);
            var snare = Pulse(t, 2 * period, period, 0.15);
            var eighths = Pulse(t, period / 2, 0, 0.06);
            var sixteenths = Pulse(t, period / 4, 0, 0.04);
            var swell = 0.5f + 0.5f * DetMath.Sin((float)(DetMath.TwoPi * Fract(t / (4 * period))));
            var sub = kick;
            var bass = 0.6f * Pulse(t, period, 0, 0.3) + 0.4f * swell * 0.5f;
            var lowMid = snare;
            var mid = 0.3f + 0.5f * swell + 0.2f * snare;
            var highMid = 0.3f + 0.7f * eighths;
            var high = 0.2f + 0.6f * sixteenths + 0.2f * snare;
            Set(series, AudioFeature.Sub, f, sub);
            Set(series, AudioFeature.Bass, f, bass);
            Set(series, AudioFeature.LowMid, f, lowMid);
            Set(series, AudioFeature.Mid, f, mid);
            Set(series, AudioFeature.HighMid, f, highMid);
            Set(series, AudioFeature.High, f, high);
            Set(series, AudioFeature.Rms, f, 0.35f * sub + 0.2f * bass + 0.2f * lowMid + 0.15f * mid + 0.1f * highMid);
            var sum = sub + bass + lowMid + mid + highMid + high;
            Set(series, AudioFeature.Centroid, f, (bass * 0.2f + lowMid * 0.4f + mid * 0.6f + highMid * 0.8f + high) / sum);
            Set(series, AudioFeature.Flux, f, Math.Max(Pulse(t, period, 0, 0.04), 0.5f * Pulse(t, period / 2, 0, 0.03)));
            // Hats and the snare are noisy, the kick and bass tonal.
            Set(series, AudioFeature.Flatness, f, 0.2f + 0.5f * sixteenths + 0.3f * snare);
            var energy = sub * sub + bass * bass + lowMid * lowMid + mid * mid + highMid * highMid + high * high;
            Set(series, AudioFeature.LowRatio, f, (sub * sub + bass * bass) / energy);
            Set(series, AudioFeature.MidRatio, f, (lowMid * lowMid + mid * mid) / energy);
            Set(series, AudioFeature.HighRatio, f, (highMid * highMid + high * high) / energy);
        }

        return new AudioFeatures(string.Create(CultureInfo.InvariantCulture, $"{bpm:0.###} bpm (synthetic)"), fps, frameCount, series, beatFrames);
    }

    /// <summary>exp(−age / decay) since the last hit of a grid with this period and offset; 0 before the first hit.</summary>
    private static float Pulse(double t, double period, double offset, double decay)
    {
        if (t < offset)
        {
            return 0f;
        }

        var age = (t - offset) - Math.Floor((t - offset) / period) * period;
        return DetMath.Exp((float)(-age / decay));
    }

    private static double Fract(double x) => x - Math.Floor(x);

    private static void Set(float[][] series, AudioFeature feature, int frame, float value) =>
        series[(int)feature][frame] = DetMath.Clamp01(value);
}
