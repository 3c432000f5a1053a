using System.Globalization;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Encode;

/// <summary>
/// Footage frames from an ffmpeg that decodes and scales them (to the size a layer samples: ffmpeg scales, not us) as
/// rgb24 through a pipe, read in order; a frame behind the last one read, or far ahead, restarts ffmpeg at it. Frame
/// k is the k-th frame of the first video stream: ffmpeg seeks to half a frame before its time (accurate seeking drops
/// the frames before that), so every worker gets the same frame for the same k wherever it starts. Reads allocate nothing.
/// </summary>
public sealed class FootageReader : IDisposable
{
    private readonly FfmpegInstall _ffmpeg;
    private readonly string _path;
    private readonly FootageInfo _info;
    private readonly int _restartDistance;
    private ChildProcess? _process;
    private StallWatchdog? _watchdog;
    private Stream? _output;
    private int _next;

    public FootageReader(FfmpegInstall ffmpeg, string path, FootageInfo info, int width, int height)
    {
        _ffmpeg = ffmpeg;
        _path = path;
        _info = info;
        Width = width;
        Height = height;
        Current = new byte[width * height * 3];
        Previous = new byte[width * height * 3];
        // Decoding a few seconds ahead costs less than a new ffmpeg and its seek to the previous keyframe.
        _restartDistance = Math.Max(8, (int)(info.Fps * 3));
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The frame last read (rgb24).</summary>
    public byte[] Current { get; private set; }

    /// <summary>The frame read before it.</summary>
    public byte[] Previous { get; private set; }

    public int CurrentIndex { get; private set; } = -1;

    public int PreviousIndex { get; private set; } = -1;

    /// <summary>Makes <see cref="Current"/> frame <paramref name="index"/> and, when asked (and it exists), <see cref="Previous"/> the one before.</summary>
    public void Read(int index, bool withPrevious)
    {
        var needsPrevious = withPrevious && index > 0;
        if (CurrentIndex == index && (!needsPrevious || PreviousIndex == index - 1))
        {
            return;
        }

        var first = needsPrevious ? index - 1 : index;
        if (_process is null || _next > first || first - _next > _restartDistance)
        {
            Start(first);
        }

        while (_next <= index)
        {
            (Current, Previous) = (Previous, Current);
            PreviousIndex = CurrentIndex;
            ReadFrame(Current);
            CurrentIndex = _next++;
        }
    }

    private void Start(int frame)
    {
        Stop();
        var arguments = new List<string>(FfmpegInstall.QuietArguments);
        if (frame > 0)
        {
            var seconds = _info.StartOffset + (frame - 0.5) / _info.Fps;
            arguments.AddRange(["-ss", seconds.ToString("0.######", CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(
        [
            "-flags:v", "+bitexact", "-i", FfmpegUrl.File(_path), "-map", "0:v:0", "-an", "-sn", "-dn",
            "-vf", FormattableString.Invariant($"scale={Width}:{Height}:flags=area+accurate_rnd+full_chroma_int+bitexact,setsar=1"),
            "-vsync", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
        ]);
        _process = ChildProcess.Start(_ffmpeg.ExecutablePath, arguments, Activity, binaryOutput: true);
        _watchdog = new StallWatchdog(_process, _ffmpeg.StallTimeout, outputFile: null);
        _output = _process.OutputStream;
        _next = frame;
        CurrentIndex = PreviousIndex = -1;
    }

    private string Activity => $"decoding the footage {Path.GetFileName(_path)}";

    private void ReadFrame(byte[] frame)
    {
        var read = 0;
        _watchdog!.Waiting();
        try
        {
            while (read < frame.Length)
            {
                var n = _output!.Read(frame, read, frame.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        finally
        {
            _watchdog.NotWaiting();
        }

        if (read == frame.Length)
        {
            return;
        }

        var stalled = _watchdog.Fired;
        _process!.WaitForExitAsync(CancellationToken.None).GetAwaiter().GetResult();
        var reason = stalled
            ? DiagnosticDescriptors.EncoderStalled.Create(null, ChildProcess.FormatSeconds(_ffmpeg.StallTimeout), Activity)
            : DiagnosticDescriptors.FfmpegFailed.Create(null, Activity, _process.ExitCode != 0
                ? $"exit code {_process.ExitCode}: {_process.ErrorTail}"
                : $"the footage ended at frame {_next}, before the {_info.FrameCount} frames ffprobe counted");
        Stop();
        throw new AsciiAssetsException(reason);
    }

    private void Stop()
    {
        _watchdog?.Dispose();
        _process?.Dispose();
        _watchdog = null;
        _process = null;
        _output = null;
    }

    public void Dispose() => Stop();
}
