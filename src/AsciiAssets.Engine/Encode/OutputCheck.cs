using System.Globalization;
using System.Text.Json;
using AsciiAssets.Diagnostics;
using FFMpegCore;

namespace AsciiAssets.Encode;

/// <summary>
/// Reads back a finished file with ffprobe before it may replace the previous output: an ffmpeg that reports success
/// is not trusted to have written the codec, size, length and streams that were asked for (AA3008 otherwise).
/// </summary>
public static class OutputCheck
{
    public static async Task VerifyAsync(FfmpegInstall ffmpeg, string path, string outputName, EncodeSettings settings, int frameCount, bool hasAudio, CancellationToken token)
    {
        var arguments = new[]
        {
            "-v", "error", "-hide_banner", "-print_format", "json",
            "-show_entries", "stream=codec_type,codec_name,width,height,duration:format=format_name,duration",
            FfmpegUrl.File(path),
        };
        using var probe = await ChildProcess.RunAsync(ffmpeg.ProbePath, arguments, $"checking {outputName}", FfmpegInstall.ProbeDeadline, token).ConfigureAwait(false);
        FFProbeAnalysis? analysis;
        try
        {
            analysis = JsonSerializer.Deserialize<FFProbeAnalysis>(probe.Output);
        }
        catch (JsonException)
        {
            analysis = null;
        }

        var problem = Problem(analysis, settings, frameCount, hasAudio) is { } found
            ? found + (probe.FirstErrorLine is { } error ? $" ({error})" : string.Empty)
            : null;
        if (problem is not null)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.OutputCheckFailed.Create(null, outputName, problem));
        }
    }

    private static string? Problem(FFProbeAnalysis? analysis, EncodeSettings settings, int frameCount, bool hasAudio)
    {
        var video = analysis?.Streams?.FirstOrDefault(s => s.CodecType == "video");
        if (video is null)
        {
            return "ffprobe finds no video stream in it";
        }

        if (video.CodecName != "h264" || video.Width != settings.Width || video.Height != settings.Height)
        {
            return $"it holds {video.CodecName} {video.Width}x{video.Height}, not h264 {settings.Width}x{settings.Height}";
        }

        var expected = frameCount / settings.Fps;
        if (!double.TryParse(video.Duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || Math.Abs(seconds - expected) > 0.5 / settings.Fps)
        {
            return $"its video lasts {video.Duration ?? "an unknown time"} s, not {expected.ToString("0.###", CultureInfo.InvariantCulture)} s";
        }

        if (hasAudio && analysis!.Streams.All(s => s.CodecType != "audio"))
        {
            return "it has no audio stream";
        }

        return null;
    }
}
