using System.Threading.Channels;
using AsciiAssets.Frames;
using FFMpegCore.Pipes;
using FFMpegCore;

namespace AsciiAssets.Encode;

/// <summary>
/// Encodes one segment of frames to its own file. Frames arrive through a small bounded channel, so the
/// renderer works on the next frame while ffmpeg takes the current one, and neither runs far ahead.
/// </summary>
public static class SegmentEncoder
{
    public static async Task EncodeAsync(
        FfmpegInstall ffmpeg,
        EncodeSettings settings,
        ChannelReader<FrameBuffer> frames,
        Action<FrameBuffer> release,
        string outputPath,
        string activity,
        CancellationToken token)
    {
        var source = new RawVideoPipeSource(Drain(frames, release, token)) { FrameRate = settings.Fps };
        // Input options are written before the pipe's -i, where ffmpeg needs an encoder's device.
        var processor = FFMpegArguments
            .FromPipeInput(source, input => input.WithCustomArgument(settings.InputArguments))
            .OutputToFile(outputPath, overwrite: true, options => options.WithCustomArgument(settings.VideoArguments));
        await FfmpegRunner.RunAsync(processor, ffmpeg, activity, token).ConfigureAwait(false);
    }

    /// <summary>Hands each frame to the pipe; a frame goes back to the pool when the next one is requested, after it was written.</summary>
    private static IEnumerable<IVideoFrame> Drain(ChannelReader<FrameBuffer> frames, Action<FrameBuffer> release, CancellationToken token)
    {
        FrameBuffer? previous = null;
        try
        {
            while (frames.WaitToReadAsync(token).AsTask().GetAwaiter().GetResult())
            {
                while (frames.TryRead(out var frame))
                {
                    if (previous is not null)
                    {
                        release(previous);
                    }

                    previous = frame;
                    yield return new FrameSource(frame);
                }
            }
        }
        finally
        {
            if (previous is not null)
            {
                release(previous);
            }
        }
    }
}
