using System.Diagnostics;
using AsciiAssets.Audio;
using AsciiAssets.Encode;

namespace AsciiAssets.Tests.Support;

/// <summary>Test signals made by the real ffmpeg (lavfi sources) in a temporary folder, and their features.</summary>
public static class TestAudio
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "audio-" + Environment.ProcessId);
    private static readonly object Gate = new();

    /// <summary>A WAV from an ffmpeg audio source expression, e.g. "sine=frequency=440:duration=3"; made once per test run.</summary>
    public static string Make(string name, string source, int sampleRate = 44100)
    {
        var path = Path.Combine(Folder, name + ".wav");
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Folder);
                Run("-v", "error", "-y", "-f", "lavfi", "-i", source, "-ar", sampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-ac", "1", path);
            }
        }

        return path;
    }

    /// <summary>Sine tone of a frequency for a number of seconds.</summary>
    public static string Sine(double hertz, double seconds = 3) =>
        Make($"sine-{hertz}-{seconds}", FormattableString.Invariant($"sine=frequency={hertz}:duration={seconds}"));

    /// <summary>Short 2 kHz clicks (10 ms) at a tempo.</summary>
    public static string Clicks(double bpm, double seconds = 6)
    {
        var period = 60 / bpm;
        return Make(FormattableString.Invariant($"clicks-{bpm}-{seconds}"), FormattableString.Invariant($"aevalsrc='0.8*sin(2*PI*2000*t)*lt(mod(t,{period}),0.01)':s=44100:d={seconds}"));
    }

    public static string Silence(double seconds = 3) => Make($"silence-{seconds}", FormattableString.Invariant($"anullsrc=r=44100:cl=mono:d={seconds}"));

    /// <summary>Decodes through ffmpeg and analyses, as a render does.</summary>
    public static AudioFeatures Features(string path, double fps, int frames)
    {
        var pcm = AudioDecoder.DecodeAsync(FfmpegInstall.Locate(null), path, CancellationToken.None).GetAwaiter().GetResult();
        return AudioAnalyzer.Analyze(pcm.Samples, fps, frames, Path.GetFileName(path));
    }

    private static void Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {string.Join(' ', arguments)} failed: {error.Result}");
        }
    }
}
