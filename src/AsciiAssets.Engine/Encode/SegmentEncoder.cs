using System.Threading.Channels;
using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;

namespace AsciiAssets.Encode;

/// <summary>
/// Encodes one segment of frames to its own file: the frames go through ffmpeg's standard input as raw rgb24.
/// Frames arrive through a small bounded channel, so the renderer works on the next frame while ffmpeg takes the
/// current one, and neither runs far ahead. An ffmpeg that stops taking frames or never finishes is killed by a
/// watchdog; one that exits early or reports success without a file is an error, never a silent short segment.
/// </summary>
public static class SegmentEncoder
{
    public static Task EncodeAsync(
        FfmpegInstall ffmpeg,
        EncodeSettings settings,
        ChannelReader<FrameBuffer> frames,
        Action<FrameBuffer> release,
        string outputPath,
        string activity,
        CancellationToken token) =>
        EncodeAsync(ffmpeg, settings.InputArguments.Concat(settings.RawFramesInput).Concat(settings.VideoArguments).ToArray(), frames, release, outputPath, activity, token);

    /// <param name="encodeArguments">The raw frames input and the encoder, everything between ffmpeg's progress options and the output file.</param>
    /// <param name="alpha">True when the input is the frames' straight RGBA (<see cref="FrameBuffer.Encoded"/>), false for rgb24.</param>
    public static async Task EncodeAsync(
        FfmpegInstall ffmpeg,
        IReadOnlyList<string> encodeArguments,
        ChannelReader<FrameBuffer> frames,
        Action<FrameBuffer> release,
        string outputPath,
        string activity,
        CancellationToken token,
        bool alpha = false)
    {
        var arguments = new List<string>(FfmpegInstall.QuietArguments);
        arguments.AddRange(FfmpegInstall.ProgressArguments);
        arguments.AddRange(encodeArguments);
        arguments.AddRange(new[] { "-y", FfmpegUrl.File(outputPath) });

        using var process = ChildProcess.Start(ffmpeg.ExecutablePath, arguments, activity, writesInput: true);
        using var watchdog = new StallWatchdog(process, ffmpeg.StallTimeout, outputPath);
        var allTaken = await WriteFramesAsync(process, watchdog, frames, release, alpha, token).ConfigureAwait(false);
        watchdog.Waiting();
        try
        {
            await process.WaitForExitAsync(token).ConfigureAwait(false);
        }
        finally
        {
            watchdog.NotWaiting();
        }

        token.ThrowIfCancellationRequested();
        if (watchdog.Fired)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.EncoderStalled.Create(null, ChildProcess.FormatSeconds(ffmpeg.StallTimeout), activity));
        }

        if (process.ExitCode != 0)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"exit code {process.ExitCode}: {process.ErrorTail}"));
        }

        if (!allTaken)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, "ffmpeg exited before it had read every frame"));
        }

        if (!File.Exists(outputPath) || new FileInfo(outputPath).Length == 0)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, "ffmpeg reported success but wrote no file"));
        }
    }

    /// <summary>Writes every frame to ffmpeg, each going back to the pool once written; false when ffmpeg closed its input first.</summary>
    private static async Task<bool> WriteFramesAsync(ChildProcess process, StallWatchdog watchdog, ChannelReader<FrameBuffer> frames, Action<FrameBuffer> release, bool alpha, CancellationToken token)
    {
        var input = process.Input;
        try
        {
            while (await frames.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (frames.TryRead(out var frame))
                {
                    watchdog.Waiting();
                    try
                    {
                        await input.WriteAsync(frame.Encoded(alpha), token).ConfigureAwait(false);
                    }
                    catch (IOException)
                    {
                        token.ThrowIfCancellationRequested();
                        return false;
                    }
                    finally
                    {
                        watchdog.NotWaiting();
                        release(frame);
                    }
                }
            }

            input.Close();
            return true;
        }
        catch (IOException)
        {
            // Closing failed because ffmpeg is gone: its exit code and the file check tell what happened.
            token.ThrowIfCancellationRequested();
            return false;
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
    }
}
