using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using AsciiAssets.Diagnostics;
using AsciiAssets.Registry;
using AsciiAssets.Spec;
using FFMpegCore;

namespace AsciiAssets.Encode;

/// <summary>
/// Checks a spec's media inputs before anything renders, so a text file, random bytes, a header without samples or a
/// truncated file given as audio, footage, an image, a font or subtitles is an input error at its YAML position
/// (exit 1), found by `validate`, instead of a failure after frames are rendered. Audio and footage are probed with
/// ffprobe (under a deadline); images are decoded with SkiaSharp, fonts loaded and subtitles parsed.
/// </summary>
public static class MediaCheck
{
    public static async Task<IReadOnlyList<Diagnostic>> CheckAsync(LoadedSpec loaded, FfmpegInstall ffmpeg, CancellationToken token)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var input in SpecInputs.Files(loaded.Spec))
        {
            var path = input.File.FullPath;
            var problem = input.Media switch
            {
                null => null,
                MediaKind.Audio => await AudioProblemAsync(ffmpeg, path, token).ConfigureAwait(false),
                MediaKind.Video => (await FootageProbe.ProbeAsync(ffmpeg, path, token).ConfigureAwait(false)).Problem,
                { } kind => ContentProblem(kind, path),
            };
            Add(diagnostics, loaded, input, problem);
        }

        return diagnostics;
    }

    /// <summary>
    /// The checks that need no ffmpeg (images, fonts, subtitles), for `preview`: a bad file is then an error at its key,
    /// not a failure while the frame renders. Audio and footage are left to <see cref="CheckAsync"/>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckFiles(LoadedSpec loaded)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var input in SpecInputs.Files(loaded.Spec))
        {
            if (input.Media is { } kind and not (MediaKind.Audio or MediaKind.Video))
            {
                Add(diagnostics, loaded, input, ContentProblem(kind, input.File.FullPath));
            }
        }

        return diagnostics;
    }

    private static string? ContentProblem(MediaKind kind, string path) => kind switch
    {
        MediaKind.Image => Scene.Pictures.ImageFile.Problem(File.ReadAllBytes(path)),
        MediaKind.Font => Glyphs.FontFile.Problem(File.ReadAllBytes(path)),
        _ => Scene.Text.SubtitleFile.Problem(File.ReadAllBytes(path)),
    };

    private static void Add(List<Diagnostic> diagnostics, LoadedSpec loaded, SpecInput input, string? problem)
    {
        if (problem is null)
        {
            return;
        }

        var expected = input.Media switch
        {
            MediaKind.Audio => "usable audio",
            MediaKind.Video => "usable footage",
            MediaKind.Image => "a usable image",
            MediaKind.Font => "a usable font",
            _ => "usable subtitles",
        };
        diagnostics.Add(DiagnosticDescriptors.InvalidMedia.Create(loaded.Locations.Of(input.Owner, input.Key), input.File.Text, expected, problem));
    }

    /// <summary>Why the file cannot serve as audio, or null when it can.</summary>
    private static async Task<string?> AudioProblemAsync(FfmpegInstall ffmpeg, string path, CancellationToken token)
    {
        var arguments = new[]
        {
            "-v", "error", "-hide_banner", "-print_format", "json", "-select_streams", "a",
            "-show_entries", "stream=codec_type,codec_name,duration:format=format_name,duration",
            FfmpegUrl.File(path),
        };
        using var probe = await ChildProcess.RunAsync(ffmpeg.ProbePath, arguments, $"probing {Path.GetFileName(path)}", FfmpegInstall.ProbeDeadline, token).ConfigureAwait(false);
        FFProbeAnalysis? analysis;
        try
        {
            analysis = JsonSerializer.Deserialize<FFProbeAnalysis>(probe.Output);
        }
        catch (JsonException)
        {
            analysis = null;
        }

        var audio = analysis?.Streams?.FirstOrDefault(s => s.CodecType == "audio");
        if (audio is null)
        {
            return "ffprobe finds no audio in it" + (probe.FirstErrorLine is { } error ? $" ({error.TrimEnd('.')})" : string.Empty);
        }

        var duration = audio.Duration ?? analysis!.Format?.Duration;
        if (!double.TryParse(duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            return "it holds no sound (its duration is 0)";
        }

        return WaveTruncation(path);
    }

    /// <summary>
    /// A WAV whose data chunk promises more bytes than the file holds was cut off (a broken copy or download);
    /// ffmpeg would play the part that is there without a word. Streaming writers that leave the size open are fine.
    /// </summary>
    private static string? WaveTruncation(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        if (file.Read(header) < 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            return null;
        }

        uint byteRate = 0;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        while (file.Read(chunk) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8) && size >= 16 && file.Read(format) == 16)
            {
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(format[8..]);
                file.Seek(size - 16 + (size & 1), SeekOrigin.Current);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                var present = file.Length - file.Position;
                if (size is 0 or uint.MaxValue || size <= present || byteRate == 0)
                {
                    return null;
                }

                return $"it is cut off: its header promises {size / (double)byteRate:0.##} s of sound, the file holds {present / (double)byteRate:0.##} s";
            }
            else
            {
                file.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }

        return null;
    }
}
