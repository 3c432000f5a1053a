using System.Buffers.Binary;
using System.Diagnostics;
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
    public static async Task<Pcm16> DecodeAsync(FfmpegInstall ffmpeg, string path, CancellationToken token)
    {
        var info = new ProcessStartInfo(ffmpeg.ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-nostdin", "-hide_banner", "-loglevel", "error",
            "-i", path,
            "-map", "0:a:0", "-vn", "-sn", "-dn",
            "-ac", "1", "-ar", AudioAnalyzer.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c:a", "pcm_s16le", "-f", "s16le", "pipe:1",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var activity = $"decoding the audio {Path.GetFileName(path)}";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("the process did not start");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, e.Message));
        }

        using (process)
        {
            process.StandardInput.Close();
            // Both pipes are drained at once: ffmpeg blocks when either fills up.
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var pcm = new MemoryStream();
            try
            {
                await process.StandardOutput.BaseStream.CopyToAsync(pcm, token).ConfigureAwait(false);
                await process.WaitForExitAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                await Task.WhenAny(error, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
                throw;
            }

            var messages = await error.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                var tail = string.Join(" | ", messages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
                throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"exit code {process.ExitCode}: {tail}"));
            }

            // The stream's own buffer becomes the samples: no second copy of a long track.
            return new Pcm16(pcm.GetBuffer(), (int)pcm.Length);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
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
