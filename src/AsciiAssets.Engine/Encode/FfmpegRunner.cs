using AsciiAssets.Diagnostics;
using FFMpegCore;

namespace AsciiAssets.Encode;

/// <summary>Runs an FFMpegCore command with our ffmpeg, turning failure into an AA3002 with ffmpeg's own last words.</summary>
internal static class FfmpegRunner
{
    public static async Task RunAsync(FFMpegArgumentProcessor processor, FfmpegInstall ffmpeg, string activity, CancellationToken token)
    {
        // FFMpegCore reads stderr as it comes, so a chatty ffmpeg never blocks on a full pipe.
        var options = new FFOptions { BinaryFolder = ffmpeg.BinaryFolder };
        FFMpegResult result;
        try
        {
            result = await processor
                .CancellableThrough(token, TimeSpan.Zero)
                .ProcessAsynchronously(throwOnError: false, options, token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not AsciiAssetsException)
        {
            token.ThrowIfCancellationRequested();
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, e.Message));
        }

        token.ThrowIfCancellationRequested();
        if (result.Cancelled)
        {
            throw new OperationCanceledException(token);
        }

        if (!result.Success)
        {
            var tail = string.Join(" | ", result.StandardError.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(3));
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"exit code {result.ExitCode}: {tail}"));
        }
    }
}
