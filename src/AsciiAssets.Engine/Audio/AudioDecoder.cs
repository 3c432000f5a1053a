using System.Buffers.Binary;
using System.Runtime.InteropServices;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;

namespace AsciiAssets.Audio;

/// <summary>
/// Decodes an audio file through ffmpeg to mono 16-bit PCM at <see cref="AudioAnalyzer.SampleRate"/>. Integer
/// samples absorb the last-bit differences a float decoder may have between CPUs, and the analysis is exact from there.
/// </summary>
internal static class AudioDecoder
{
    /// <summary>The longest track decoded: 2 hours of mono 16-bit samples (about 300 MB); audio longer than any video we render is cut there.</summary>
    private const long MaximumBytes = 2L * 3600 * AudioAnalyzer.SampleRate * 2;

    public static async Task<Pcm16> DecodeAsync(FfmpegInstall ffmpeg, string path, CancellationToken token)
    {
        var arguments = new List<string>(FfmpegInstall.QuietArguments)
        {
            "-i", FfmpegUrl.File(path),
            "-map", "0:a:0", "-vn", "-sn", "-dn",
            "-ac", "1", "-ar", AudioAnalyzer.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c:a", "pcm_s16le", "-f", "s16le", "pipe:1",
        };
        var activity = $"decoding the audio {Path.GetFileName(path)}";
        using var process = ChildProcess.Start(ffmpeg.ExecutablePath, arguments, activity, binaryOutput: true);
        using var watchdog = new StallWatchdog(process, ffmpeg.StallTimeout, outputFile: null);
        using var pcm = new MemoryStream();
        watchdog.Waiting();
        try
        {
            await process.CopyOutputAsync(pcm, MaximumBytes, token).ConfigureAwait(false);
            await process.WaitForExitAsync(token).ConfigureAwait(false);
        }
        finally
        {
            watchdog.NotWaiting();
        }

        token.ThrowIfCancellationRequested();
        if (watchdog.Fired)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.EncoderStalled.Create(null, ChildProcess.FormatSeconds(ffmpeg.StallTimeout), activity));
        }

        if (process.ExitCode != 0 && pcm.Length < MaximumBytes)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"exit code {process.ExitCode}: {process.ErrorTail}"));
        }

        // The stream's own buffer becomes the samples: no second copy of a long track.
        return new Pcm16(pcm.GetBuffer(), (int)pcm.Length);
    }
}

/// <summary>Mono 16-bit samples held in a byte buffer (little-endian on disk, native order in memory).</summary>
internal sealed class Pcm16
{
    private readonly byte[] _bytes;
    private readonly int _length;

    public Pcm16(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length & ~1;
        if (!BitConverter.IsLittleEndian)
        {
            var samples = MemoryMarshal.Cast<byte, short>(_bytes.AsSpan(0, _length));
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = BinaryPrimitives.ReverseEndianness(samples[i]);
            }
        }
    }

    public ReadOnlySpan<short> Samples => MemoryMarshal.Cast<byte, short>(_bytes.AsSpan(0, _length));
}
