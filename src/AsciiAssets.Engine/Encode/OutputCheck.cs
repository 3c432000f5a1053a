using System.Globalization;
using System.Text.Json;
using AsciiAssets.Diagnostics;
using SkiaSharp;

namespace AsciiAssets.Encode;

/// <summary>What a written file must hold, as ffprobe reports it.</summary>
/// <param name="Format">A name ffprobe's format_name must list (mov, matroska, gif, png_pipe …).</param>
/// <param name="Codec">The video codec (h264, vp9, av1, gif, png, mjpeg, webp).</param>
/// <param name="PixelFormat">The pixel format, or null where the encoder picks it (palettes, still WebP).</param>
/// <param name="Frames">The exact frame count, or null for a still image.</param>
/// <param name="Seconds">The video's length, or null for a still image.</param>
/// <param name="Tolerance">How far the length may be off: half a frame for video, GIF's centisecond delays for GIF.</param>
public sealed record MediaExpectation(string Format, string Codec, string? PixelFormat, int Width, int Height, int? Frames, double? Seconds, double Tolerance, bool Audio = false)
{
    /// <summary>How the file must show that it holds a transparent spec's alpha (AA3035 otherwise).</summary>
    public AlphaExpectation Alpha { get; init; }
}

/// <summary>Where ffprobe shows a video's alpha.</summary>
public enum AlphaExpectation
{
    /// <summary>No alpha asked for.</summary>
    None,

    /// <summary>VP9 in WebM: the alpha is a second stream of blocks that ffprobe's decoder ignores; the track's ALPHA_MODE tag is 1.</summary>
    AlphaModeTag,

    /// <summary>ProRes 4444 and the like: the pixel format has an alpha plane (yuva…).</summary>
    PixelFormat,
}

/// <summary>
/// Reads back a finished file before it may replace the previous output: an ffmpeg that reports success is not
/// trusted to have written the container, codec, pixel format, size, frame count, length and streams that were
/// asked for (AA3008 otherwise). Video is probed with ffprobe (frames counted by demuxing, without decoding);
/// images are decoded, since a file that does not decode plays nowhere.
/// </summary>
public static class OutputCheck
{
    public static Task VerifyAsync(FfmpegInstall ffmpeg, string path, string outputName, EncodeSettings settings, int frameCount, bool hasAudio, CancellationToken token) =>
        VerifyAsync(ffmpeg, path, outputName, new MediaExpectation("mp4", "h264", "yuv420p", settings.Width, settings.Height, frameCount, frameCount / settings.Fps, 0.5 / settings.Fps, hasAudio), token);

    public static async Task VerifyAsync(FfmpegInstall ffmpeg, string path, string outputName, MediaExpectation expected, CancellationToken token)
    {
        var arguments = new List<string>
        {
            "-v", "error", "-hide_banner", "-print_format", "json",
            "-show_entries", "stream=codec_type,codec_name,pix_fmt,width,height,duration,nb_read_packets:stream_tags=alpha_mode:format=format_name,duration",
        };
        if (expected.Frames is not null)
        {
            arguments.Add("-count_packets");
        }

        arguments.Add(FfmpegUrl.File(path));
        using var probe = await ChildProcess.RunAsync(ffmpeg.ProbePath, arguments, $"checking {outputName}", FfmpegInstall.ProbeDeadline, token).ConfigureAwait(false);
        var problem = Problem(probe.Output, expected) is { } found
            ? found + (probe.FirstErrorLine is { } error ? $" ({error})" : string.Empty)
            : null;
        Fail(outputName, problem);
        if (AlphaProblem(probe.Output, expected.Alpha) is { } missing)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.AlphaCheckFailed.Create(null, outputName, missing));
        }
    }

    /// <summary>The bytes of a checked file's video packets (its audio left out), demuxed by ffprobe, for the size budget.</summary>
    public static async Task<long> VideoBytesAsync(FfmpegInstall ffmpeg, string path, string outputName, CancellationToken token)
    {
        var arguments = new[] { "-v", "error", "-hide_banner", "-select_streams", "v:0", "-show_entries", "packet=size", "-of", "csv=p=0", FfmpegUrl.File(path) };
        using var probe = await ChildProcess.RunAsync(ffmpeg.ProbePath, arguments, $"measuring {outputName}", FfmpegInstall.ProbeDeadline, token).ConfigureAwait(false);
        return probe.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Sum(line => long.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : 0);
    }

    /// <summary>
    /// The alpha of PNG images of a transparent spec: each must be RGBA (colour type 6 in its header, not RGB with
    /// the alpha dropped), and together they must hold a pixel that is not opaque. A transparent spec always has
    /// one (unlit cells, the margins), unless its layers cover every pixel of every checked frame.
    /// </summary>
    public static void VerifyAlphaImages(IReadOnlyList<string> paths, string outputName)
    {
        var seen = false;
        Span<byte> header = stackalloc byte[26];
        foreach (var path in paths)
        {
            using (var file = File.OpenRead(path))
            {
                file.ReadExactly(header);
            }

            // The 8-byte signature, the IHDR chunk's length and type, width, height, bit depth; then the colour type.
            if (header[25] != 6)
            {
                throw new AsciiAssetsException(DiagnosticDescriptors.AlphaCheckFailed.Create(null, outputName, $"{Path.GetFileName(path)} is a PNG of colour type {header[25]}, not 6 (RGBA)"));
            }

            using var bitmap = SKBitmap.Decode(path);
            seen |= bitmap.Pixels.Any(p => p.Alpha < 255);
        }

        if (!seen)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.AlphaCheckFailed.Create(null, outputName, "every pixel is opaque, so the alpha was lost on the way"));
        }
    }

    private static string? AlphaProblem(string json, AlphaExpectation alpha)
    {
        if (alpha == AlphaExpectation.None)
        {
            return null;
        }

        var video = JsonDocument.Parse(json).RootElement.GetProperty("streams").EnumerateArray().First(s => Text(s, "codec_type") == "video");
        if (alpha == AlphaExpectation.PixelFormat)
        {
            var format = Text(video, "pix_fmt") ?? "unknown";
            return format.StartsWith("yuva", StringComparison.Ordinal) || format.StartsWith("gbrap", StringComparison.Ordinal) ? null : $"its pixel format {format} has no alpha plane";
        }

        // Matroska's tag names are upper case after a remux and lower case straight from the encoder.
        var tag = video.TryGetProperty("tags", out var tags)
            ? tags.EnumerateObject().FirstOrDefault(t => string.Equals(t.Name, "alpha_mode", StringComparison.OrdinalIgnoreCase)).Value
            : default;
        return tag.ValueKind == JsonValueKind.String && tag.GetString() == "1" ? null : "its video track has no ALPHA_MODE 1 tag, so players show it opaque";
    }

    /// <summary>
    /// Decodes an image file (PNG, JPEG, WebP, animated or not, GIF) and checks its size and, for animations, its
    /// frame count: ffmpeg 5 cannot read animated WebP back, so images are checked by decoding them here.
    /// </summary>
    public static void VerifyImage(string path, string outputName, SKEncodedImageFormat format, int width, int height, int frames = 1)
    {
        using var codec = SKCodec.Create(path);
        string? problem = null;
        if (codec is null)
        {
            problem = "it does not decode as an image";
        }
        else if (codec.EncodedFormat != format || codec.Info.Width != width || codec.Info.Height != height)
        {
            problem = $"it holds {codec.EncodedFormat} {codec.Info.Width}x{codec.Info.Height}, not {format} {width}x{height}";
        }
        else if (Math.Max(1, codec.FrameCount) != frames)
        {
            problem = $"it holds {Math.Max(1, codec.FrameCount)} frames, not {frames}";
        }
        else
        {
            using var bitmap = SKBitmap.Decode(codec);
            problem = bitmap is null ? "its pixels do not decode" : null;
        }

        Fail(outputName, problem);
    }

    private static void Fail(string outputName, string? problem)
    {
        if (problem is not null)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.OutputCheckFailed.Create(null, outputName, problem));
        }
    }

    private static string? Problem(string json, MediaExpectation expected)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException)
        {
            return "ffprobe cannot read it";
        }

        var streams = root.TryGetProperty("streams", out var list) ? list.EnumerateArray().ToArray() : Array.Empty<JsonElement>();
        var video = streams.FirstOrDefault(s => Text(s, "codec_type") == "video");
        if (video.ValueKind != JsonValueKind.Object)
        {
            return "ffprobe finds no video stream in it";
        }

        var format = root.TryGetProperty("format", out var f) ? Text(f, "format_name") ?? string.Empty : string.Empty;
        if (!format.Split(',').Contains(expected.Format))
        {
            return $"its container is {(format.Length == 0 ? "unknown" : format)}, not {expected.Format}";
        }

        var codec = Text(video, "codec_name");
        var width = video.TryGetProperty("width", out var w) ? w.GetInt32() : 0;
        var height = video.TryGetProperty("height", out var h) ? h.GetInt32() : 0;
        if (codec != expected.Codec || width != expected.Width || height != expected.Height)
        {
            return $"it holds {codec} {width}x{height}, not {expected.Codec} {expected.Width}x{expected.Height}";
        }

        if (expected.PixelFormat is { } pixels && Text(video, "pix_fmt") is var found && found != pixels)
        {
            return $"its pixel format is {found ?? "unknown"}, not {pixels}";
        }

        if (expected.Frames is { } frames && Text(video, "nb_read_packets") is var counted && counted != frames.ToString(CultureInfo.InvariantCulture))
        {
            return $"it holds {counted ?? "an unknown number of"} frames, not {frames}";
        }

        if (expected.Seconds is { } seconds)
        {
            // WebM keeps the length in the container only.
            var duration = Text(video, "duration") ?? (root.TryGetProperty("format", out var container) ? Text(container, "duration") : null);
            if (!double.TryParse(duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var actual) || Math.Abs(actual - seconds) > expected.Tolerance)
            {
                return $"its video lasts {duration ?? "an unknown time"} s, not {seconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
            }
        }

        if (expected.Audio && streams.All(s => Text(s, "codec_type") != "audio"))
        {
            return "it has no audio stream";
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;
}
