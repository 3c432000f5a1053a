using System.Globalization;
using FFMpegCore;

namespace AsciiAssets.Encode;

/// <summary>Concatenates segment files by stream copy and muxes the audio once, as AAC 192k cut to the video's length.</summary>
public static class SegmentJoiner
{
    public static async Task JoinAsync(
        FfmpegInstall ffmpeg,
        IReadOnlyList<string> segments,
        string? audioPath,
        double durationSeconds,
        string outputPath,
        CancellationToken token)
    {
        // FFMpegCore writes the concat list itself and passes -safe 0.
        var arguments = FFMpegArguments.FromConcatDemuxerInput(segments);
        var duration = durationSeconds.ToString("0.######", CultureInfo.InvariantCulture);
        var custom = "-map 0:v:0 -c:v copy -movflags +faststart";
        if (audioPath is not null)
        {
            arguments = arguments.AddFileInput(audioPath);
            custom = $"-map 0:v:0 -map 1:a:0 -c:v copy -c:a aac -b:a 192k -t {duration} -movflags +faststart";
        }

        var processor = arguments.OutputToFile(outputPath, overwrite: true, options => options.WithCustomArgument(custom));
        await FfmpegRunner.RunAsync(processor, ffmpeg, $"writing {Path.GetFileName(outputPath)}", token).ConfigureAwait(false);
    }
}
