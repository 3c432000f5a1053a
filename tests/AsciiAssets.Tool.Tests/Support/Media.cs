using System.Globalization;
using System.Text.Json;

namespace AsciiAssets.Tool.Tests.Support;

/// <summary>Facts about media files from the real ffprobe and ffmpeg.</summary>
public static class Media
{
    public sealed record StreamFacts(string CodecType, string CodecName, string? PixelFormat, int Width, int Height, string? FrameRate, int Frames, string? ColorSpace, double Duration);

    public static async Task<IReadOnlyList<StreamFacts>> ProbeAsync(string file)
    {
        var result = await ToolProcess.RunAsync("ffprobe", new[] { "-v", "error", "-count_frames", "-show_streams", "-of", "json", file }, Path.GetDirectoryName(file)!);
        result.ExitCode.Should().Be(0, result.StandardError);
        using var json = JsonDocument.Parse(result.StandardOutput);
        return json.RootElement.GetProperty("streams").EnumerateArray().Select(s => new StreamFacts(
            s.GetProperty("codec_type").GetString()!,
            s.GetProperty("codec_name").GetString()!,
            s.TryGetProperty("pix_fmt", out var pix) ? pix.GetString() : null,
            s.TryGetProperty("width", out var w) ? w.GetInt32() : 0,
            s.TryGetProperty("height", out var h) ? h.GetInt32() : 0,
            s.TryGetProperty("r_frame_rate", out var r) ? r.GetString() : null,
            s.TryGetProperty("nb_read_frames", out var n) ? int.Parse(n.GetString()!, CultureInfo.InvariantCulture) : 0,
            s.TryGetProperty("color_space", out var cs) ? cs.GetString() : null,
            s.TryGetProperty("duration", out var d) ? double.Parse(d.GetString()!, CultureInfo.InvariantCulture) : 0)).ToArray();
    }

    /// <summary>One line per decoded video frame (its timestamp and the MD5 of its pixels), to compare videos frame by frame.</summary>
    public static async Task<string[]> FrameMd5Async(string file)
    {
        var result = await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "error", "-i", file, "-map", "0:v:0", "-f", "framemd5", "-" }, Path.GetDirectoryName(file)!);
        result.ExitCode.Should().Be(0, result.StandardError);
        return result.StandardOutput.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
    }

    /// <summary>Mean of the rgb24 bytes of the frame shown at a time.</summary>
    public static async Task<double> MeanBrightnessAsync(string file, double seconds)
    {
        var raw = Path.Combine(Path.GetDirectoryName(file)!, $"frame-{seconds.ToString(CultureInfo.InvariantCulture)}.rgb");
        var result = await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "error", "-y", "-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", file, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", raw }, Path.GetDirectoryName(file)!);
        result.ExitCode.Should().Be(0, result.StandardError);
        var bytes = await File.ReadAllBytesAsync(raw);
        return bytes.Average(b => (double)b);
    }

    /// <summary>A short sine tone made by ffmpeg itself, as a WAV.</summary>
    public static async Task<string> ToneAsync(string folder, double seconds)
    {
        var path = Path.Combine(folder, "tone.wav");
        var result = await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "error", "-y", "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds.ToString(CultureInfo.InvariantCulture)}", path }, folder);
        result.ExitCode.Should().Be(0, result.StandardError);
        return path;
    }
}
