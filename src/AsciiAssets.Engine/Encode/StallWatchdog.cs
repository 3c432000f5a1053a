namespace AsciiAssets.Encode;

/// <summary>
/// Kills an ffmpeg that makes no progress while we wait on it: a frame write that does not complete, or, after the
/// last frame, no exit. Progress is anything the process writes to its pipes or to its output file. Time spent while
/// we render the next frame (ffmpeg waiting on us) never counts.
/// </summary>
internal sealed class StallWatchdog : IDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(250);

    private readonly ChildProcess _process;
    private readonly long _limit;
    private readonly string? _outputFile;
    private readonly Timer _timer;
    private long _waitingSince = -1;
    private long _lastGrowth = Environment.TickCount64;
    private long _outputLength;
    private int _fired;

    public StallWatchdog(ChildProcess process, TimeSpan limit, string? outputFile)
    {
        _process = process;
        _limit = (long)limit.TotalMilliseconds;
        _outputFile = outputFile;
        _timer = new Timer(_ => Check(), null, CheckInterval, CheckInterval);
    }

    /// <summary>True once the watchdog has killed the process.</summary>
    public bool Fired => Volatile.Read(ref _fired) == 1;

    /// <summary>We wait on the process from now on (a write, or its exit).</summary>
    public void Waiting() => Interlocked.Exchange(ref _waitingSince, Environment.TickCount64);

    /// <summary>The process waits on us (we render): stalls are not counted.</summary>
    public void NotWaiting() => Interlocked.Exchange(ref _waitingSince, -1);

    private void Check()
    {
        var since = Interlocked.Read(ref _waitingSince);
        if (since < 0 || Fired)
        {
            return;
        }

        var now = Environment.TickCount64;
        if (_outputFile is not null)
        {
            var length = OutputLength(_outputFile);
            if (length != _outputLength)
            {
                _outputLength = length;
                _lastGrowth = now;
            }
        }

        var lastSign = Math.Max(since, Math.Max(_process.LastActivity, _lastGrowth));
        if (now - lastSign > _limit && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            _process.Kill();
        }
    }

    private static long OutputLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public void Dispose() => _timer.Dispose();
}
