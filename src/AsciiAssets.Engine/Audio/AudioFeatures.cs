using System.IO.Hashing;
using System.Runtime.InteropServices;
using AsciiAssets.Registry;

namespace AsciiAssets.Audio;

/// <summary>
/// Every feature for every frame of one video, computed once before rendering and then only read, so all
/// workers share one instance. Frames outside the video read 0.
/// </summary>
public sealed class AudioFeatures
{
    /// <summary>Number of <see cref="AudioFeature"/> values.</summary>
    public const int FeatureCount = (int)AudioFeature.HighRatio + 1;

    /// <summary>Seconds after a beat at which <see cref="AudioFeature.BeatDecay"/> has fallen to <see cref="BeatDecayFloor"/>.</summary>
    public const float BeatDecaySeconds = 0.5f;

    public const float BeatDecayFloor = 0.05f;

    private readonly float[][] _series;
    private readonly int[] _beatFrames;

    /// <param name="series">One array per feature in enum order, each <paramref name="frameCount"/> long, values in [0, 1].</param>
    /// <param name="beatFrames">Frames with a beat, ascending.</param>
    internal AudioFeatures(string source, double fps, int frameCount, float[][] series, int[] beatFrames)
    {
        if (series.Length != FeatureCount || series.Any(s => s.Length != frameCount))
        {
            throw new ArgumentException("One series per feature, one value per frame.", nameof(series));
        }

        Source = source;
        Fps = fps;
        FrameCount = frameCount;
        _series = series;
        _beatFrames = beatFrames;
    }

    /// <summary>No features: every frame reads 0 and there are no beats (specs that use none).</summary>
    public static AudioFeatures None { get; } = new("none", 1, 0, Enumerable.Range(0, FeatureCount).Select(_ => Array.Empty<float>()).ToArray(), Array.Empty<int>());

    /// <summary>Where the features came from, for messages: the audio file's name or the synthetic tempo.</summary>
    public string Source { get; }

    public double Fps { get; }

    public int FrameCount { get; }

    /// <summary>The YAML names of the features, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<AudioFeature>().Select(Naming.ToSnakeCase).ToArray();

    /// <summary>One feature for every frame.</summary>
    public ReadOnlySpan<float> this[AudioFeature feature] => _series[(int)feature];

    /// <summary>Frames with a beat, ascending.</summary>
    public ReadOnlySpan<int> BeatFrames => _beatFrames;

    /// <summary>A feature's value at a frame; 0 outside the video.</summary>
    public float Value(AudioFeature feature, int frame)
    {
        var series = _series[(int)feature];
        return (uint)frame < (uint)series.Length ? series[frame] : 0f;
    }

    /// <summary>Index in <see cref="BeatFrames"/> of the last beat at or before a frame, or −1.</summary>
    public int LastBeatIndexAtOrBefore(int frame)
    {
        var index = Array.BinarySearch(_beatFrames, frame);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>A hash of every value and beat, to compare runs and log what was used.</summary>
    public string Digest()
    {
        var hash = new XxHash64();
        foreach (var series in _series)
        {
            hash.Append(MemoryMarshal.AsBytes(series.AsSpan()));
        }

        hash.Append(MemoryMarshal.AsBytes(_beatFrames.AsSpan()));
        return Convert.ToHexString(hash.GetCurrentHash()).ToLowerInvariant();
    }

    public override string ToString() => $"{Source}: {FrameCount} frames at {Fps:0.###} fps, {_beatFrames.Length} beats";

    /// <summary>The feature named in YAML (rms, low_mid, beat_decay, …), or null.</summary>
    public static AudioFeature? Parse(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return (AudioFeature)i;
            }
        }

        return null;
    }

    /// <summary>1 on a beat, exp(−k·age) after it with k chosen so the value is <see cref="BeatDecayFloor"/> after <see cref="BeatDecaySeconds"/>; 0 before the first beat.</summary>
    internal static void FillBeats(int[] beatFrames, double fps, float[] beat, float[] decay)
    {
        var perFrame = -Numerics.DetMath.Log(1f / BeatDecayFloor) / (float)(BeatDecaySeconds * fps);
        var next = 0;
        var last = -1;
        for (var f = 0; f < beat.Length; f++)
        {
            while (next < beatFrames.Length && beatFrames[next] <= f)
            {
                last = beatFrames[next++];
            }

            beat[f] = last == f ? 1f : 0f;
            decay[f] = last < 0 ? 0f : Numerics.DetMath.Exp(perFrame * (f - last));
        }
    }
}
