using System.Globalization;
using AsciiAssets.Encode.Outputs;

namespace AsciiAssets.Encode;

/// <summary>Concatenates a video kind's segment files by stream copy and muxes the audio once, encoded as the container wants, cut to the video's length.</summary>
public static class SegmentJoiner
{
    /// <summary>AAC 192k and the index at the front, so a browser starts playing before the file is loaded.</summary>
    public static readonly JoinFormat Mp4 = new(new[] { "-c:a", "aac", "-b:a", "192k" }, new[] { "-movflags", "+faststart" });

    /// <summary>Editors take uncompressed PCM beside ProRes best.</summary>
    public static readonly JoinFormat Mov = new(new[] { "-c:a", "pcm_s16le" }, Array.Empty<string>());

    /// <summary>WebM carries Opus (or Vorbis) audio only.</summary>
    public static readonly JoinFormat Webm = new(new[] { "-c:a", "libopus", "-b:a", "160k" }, Array.Empty<string>());

    /// <summary>Writes <paramref name="outputPath"/> (a temporary name; messages say <paramref name="outputName"/>).</summary>
    public static Task JoinAsync(
        FfmpegInstall ffmpeg,
        IReadOnlyList<(string Path, double Seconds)> segments,
        string? audioPath,
        double durationSeconds,
        string outputPath,
        string outputName,
        CancellationToken token) =>
        JoinAsync(ffmpeg, segments, audioPath, durationSeconds, outputPath, outputName, Mp4, token);

    public static async Task JoinAsync(
        FfmpegInstall ffmpeg,
        IReadOnlyList<(string Path, double Seconds)> segments,
        string? audioPath,
        double durationSeconds,
        string outputPath,
        string outputName,
        JoinFormat format,
        CancellationToken token)
    {
        var list = await ConcatList.WriteAsync(segments, token).ConfigureAwait(false);
        var arguments = new List<string>(FfmpegInstall.QuietArguments);
        arguments.AddRange(FfmpegInstall.ProgressArguments);
        arguments.AddRange(new[] { "-f", "concat", "-i", FfmpegUrl.File(list) });
        if (audioPath is not null)
        {
            var duration = durationSeconds.ToString("0.######", CultureInfo.InvariantCulture);
            arguments.AddRange(new[] { "-i", FfmpegUrl.File(audioPath), "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy" });
            arguments.AddRange(format.AudioArguments);
            arguments.AddRange(new[] { "-t", duration });
        }
        else
        {
            arguments.AddRange(new[] { "-map", "0:v:0", "-c:v", "copy" });
        }

        arguments.AddRange(format.ContainerArguments);
        arguments.AddRange(new[] { "-y", FfmpegUrl.File(outputPath) });
        try
        {
            await OutputWork.RunAsync(ffmpeg, arguments, $"writing {outputName}", outputPath, token).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(list);
        }
    }
}

/// <summary>How a video kind's join encodes the audio and finishes its container.</summary>
public sealed record JoinFormat(IReadOnlyList<string> AudioArguments, IReadOnlyList<string> ContainerArguments);
