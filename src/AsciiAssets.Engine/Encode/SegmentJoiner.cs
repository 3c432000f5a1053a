using System.Globalization;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Encode;

/// <summary>Concatenates segment files by stream copy and muxes the audio once, as AAC 192k cut to the video's length.</summary>
public static class SegmentJoiner
{
    /// <summary>
    /// Writes <paramref name="outputPath"/> (a temporary name; messages say <paramref name="outputName"/>).
    /// The segments must lie in one folder: the concat list names them relative to itself, so it holds only names
    /// we made (no path, nothing to escape) and needs no `-safe 0`.
    /// </summary>
    public static async Task JoinAsync(
        FfmpegInstall ffmpeg,
        IReadOnlyList<(string Path, double Seconds)> segments,
        string? audioPath,
        double durationSeconds,
        string outputPath,
        string outputName,
        CancellationToken token)
    {
        var folder = Path.GetDirectoryName(segments[0].Path)!;
        if (segments.Any(s => Path.GetDirectoryName(s.Path) != folder))
        {
            throw new ArgumentException("Segments to join must share one folder.", nameof(segments));
        }

        // Each segment's exact length: the demuxer would otherwise take it from the file, where a segment of one or
        // two frames is a little longer than its frames, and the video would drift from its audio.
        var list = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(segments[0].Path)}.concat.txt");
        await File.WriteAllLinesAsync(list, segments.SelectMany(s => new[]
        {
            $"file '{Path.GetFileName(s.Path)}'",
            $"duration {s.Seconds.ToString("0.#########", CultureInfo.InvariantCulture)}",
        }), token).ConfigureAwait(false);
        var arguments = new List<string>(FfmpegInstall.QuietArguments);
        arguments.AddRange(FfmpegInstall.ProgressArguments);
        arguments.AddRange(new[] { "-f", "concat", "-i", FfmpegUrl.File(list) });
        if (audioPath is not null)
        {
            var duration = durationSeconds.ToString("0.######", CultureInfo.InvariantCulture);
            arguments.AddRange(new[] { "-i", FfmpegUrl.File(audioPath), "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy", "-c:a", "aac", "-b:a", "192k", "-t", duration });
        }
        else
        {
            arguments.AddRange(new[] { "-map", "0:v:0", "-c:v", "copy" });
        }

        arguments.AddRange(new[] { "-movflags", "+faststart", "-y", FfmpegUrl.File(outputPath) });
        var activity = $"writing {outputName}";
        try
        {
            using var process = ChildProcess.Start(ffmpeg.ExecutablePath, arguments, activity);
            using var watchdog = new StallWatchdog(process, ffmpeg.StallTimeout, outputPath);
            watchdog.Waiting();
            await process.WaitForExitAsync(token).ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
            if (watchdog.Fired)
            {
                throw new AsciiAssetsException(DiagnosticDescriptors.EncoderStalled.Create(null, ChildProcess.FormatSeconds(ffmpeg.StallTimeout), activity));
            }

            if (process.ExitCode != 0)
            {
                throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"exit code {process.ExitCode}: {process.ErrorTail}"));
            }
        }
        finally
        {
            File.Delete(list);
        }
    }
}
