using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace AsciiAssets.Encode;

/// <summary>What footage holds, as ffprobe counts it: the first video stream's size, pixel aspect, frame rate and frames.</summary>
/// <param name="FrameCount">Video packets read from the file (one a frame), not the header's promise.</param>
/// <param name="StartOffset">Seconds from the file's start (what ffmpeg's -ss counts from) to the first video frame.</param>
public sealed record FootageInfo(int Width, int Height, double PixelAspect, double Fps, int FrameCount, double StartOffset)
{
    public double Seconds => FrameCount / Fps;
}

/// <summary>
/// Probes footage with ffprobe (an argument list, the path as a file: URL, under a deadline), counting packets so a
/// file cut off after its header is found. Results are cached per file, its length and its time of writing.
/// </summary>
public static class FootageProbe
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), (FootageInfo? Info, string? Problem)> Cache = new();

    /// <summary>The footage's facts, or why it is not usable footage.</summary>
    public static async Task<(FootageInfo? Info, string? Problem)> ProbeAsync(FfmpegInstall ffmpeg, string path, CancellationToken token)
    {
        var file = new FileInfo(path);
        var key = (file.FullName, file.Length, file.LastWriteTimeUtc);
        if (Cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var arguments = new[]
        {
            "-v", "error", "-hide_banner", "-print_format", "json", "-select_streams", "v:0", "-count_packets",
            "-show_entries", "stream=codec_type,width,height,sample_aspect_ratio,avg_frame_rate,r_frame_rate,nb_frames,nb_read_packets,start_time:format=start_time",
            FfmpegUrl.File(path),
        };
        using var probe = await ChildProcess.RunAsync(ffmpeg.ProbePath, arguments, $"probing {Path.GetFileName(path)}", FfmpegInstall.ProbeDeadline, token).ConfigureAwait(false);
        var result = Read(probe.Output, probe.FirstErrorLine);
        Cache[key] = result;
        return result;
    }

    /// <summary>The probe for a renderer being built (synchronous; cached after the media check's run).</summary>
    public static FootageInfo Probe(FfmpegInstall ffmpeg, string path)
    {
        var (info, problem) = ProbeAsync(ffmpeg, path, CancellationToken.None).GetAwaiter().GetResult();
        return info ?? throw new InvalidDataException($"{Path.GetFileName(path)}: {problem}");
    }

    private static (FootageInfo?, string?) Read(string json, string? error)
    {
        JsonElement stream;
        double formatStart = 0;
        try
        {
            using var document = JsonDocument.Parse(json.Length == 0 ? "{}" : json);
            if (!document.RootElement.TryGetProperty("streams", out var streams) || streams.GetArrayLength() == 0)
            {
                return (null, "ffprobe finds no video in it" + (error is null ? string.Empty : $" ({error.TrimEnd('.')})"));
            }

            stream = streams[0].Clone();
            if (document.RootElement.TryGetProperty("format", out var format))
            {
                formatStart = Number(format, "start_time");
            }
        }
        catch (JsonException)
        {
            return (null, "ffprobe could not read it" + (error is null ? string.Empty : $" ({error.TrimEnd('.')})"));
        }

        var width = Integer(stream, "width");
        var height = Integer(stream, "height");
        var read = Integer(stream, "nb_read_packets");
        var promised = Integer(stream, "nb_frames");
        var fps = Rate(stream, "avg_frame_rate") is > 0 and var average ? average : Rate(stream, "r_frame_rate");
        if (width <= 0 || height <= 0)
        {
            return (null, "its video stream has no picture size");
        }

        if (read <= 0)
        {
            return (null, "it holds no video frames");
        }

        if (promised > read)
        {
            return (null, $"it is cut off: its header promises {promised} frames, the file holds {read}");
        }

        if (fps is <= 0 or > 1000)
        {
            return (null, "its frame rate is unknown");
        }

        var aspect = Rate(stream, "sample_aspect_ratio", ':');
        return (new FootageInfo(width, height, aspect > 0 ? aspect : 1, fps, read, Math.Max(0, Number(stream, "start_time") - formatStart)), null);
    }

    private static int Integer(JsonElement stream, string name) =>
        stream.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.Number ? value.TryGetInt32(out var n) : int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n)) ? n : 0;

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : 0;

    /// <summary>A ratio such as "30000/1001" or "1:1"; 0 when absent or undefined.</summary>
    private static double Rate(JsonElement stream, string name, char separator = '/')
    {
        if (!stream.TryGetProperty(name, out var value) || value.GetString() is not { } text || text.Split(separator) is not [var top, var bottom])
        {
            return 0;
        }

        return double.TryParse(top, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.TryParse(bottom, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? n / d : 0;
    }
}
