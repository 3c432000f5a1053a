using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Encode;

/// <summary>
/// An external program (ffmpeg, ffprobe) started with an argument list, never a command-line string, so no name
/// from a spec can end one argument and start another. Both output pipes are drained as they fill (ffmpeg stalls on
/// a full pipe), each read counts as a sign of life for watchdogs, and only a bounded tail of standard error is
/// kept for messages. Every running child is known process-wide, so a hard stop can kill them all.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private const int ErrorLinesKept = 6;
    private const int LongestLineKept = 400;

    private static readonly ConcurrentDictionary<ChildProcess, byte> Running = new();

    private readonly Process _process;
    private readonly Task _errorDrain;
    private readonly Task _outputDrain;
    private readonly Queue<string> _errorTail = new();
    private readonly StringBuilder? _output;
    private readonly int _outputLimit;
    private long _lastActivity = Environment.TickCount64;
    private string? _firstError;

    private ChildProcess(Process process, bool captureOutput, bool binaryOutput, int outputLimit)
    {
        _process = process;
        _outputLimit = outputLimit;
        _output = captureOutput ? new StringBuilder() : null;
        Running.TryAdd(this, 0);
        _errorDrain = DrainAsync(process.StandardError, OnError);
        // Binary output is read by CopyOutputAsync instead.
        _outputDrain = binaryOutput ? Task.CompletedTask : DrainAsync(process.StandardOutput, OnOutput);
    }

    /// <summary>The program's name, for messages.</summary>
    public string Name => Path.GetFileNameWithoutExtension(_process.StartInfo.FileName);

    /// <summary>Standard input, when the process was started to read from it.</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>
    /// Binary standard output for a reader that takes it block by block in its own rhythm (footage frames); each read
    /// counts as a sign of life. Only for a process started with binaryOutput.
    /// </summary>
    public Stream OutputStream => new ActivityStream(this, _process.StandardOutput.BaseStream);

    /// <summary><see cref="Environment.TickCount64"/> when the process last wrote anything to either pipe.</summary>
    public long LastActivity => Interlocked.Read(ref _lastActivity);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote to standard output (when captured; cut off at the limit it was started with).</summary>
    public string Output
    {
        get
        {
            lock (_output!)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The first line the process wrote to standard error (ffmpeg's first complaint is usually the cause).</summary>
    public string? FirstErrorLine => Volatile.Read(ref _firstError);

    /// <summary>The last lines of standard error, joined for a one-line message, control characters removed.</summary>
    public string ErrorTail
    {
        get
        {
            lock (_errorTail)
            {
                return string.Join(" | ", _errorTail.TakeLast(3));
            }
        }
    }

    /// <summary>Starts a program; a program that cannot be started is an AA3002 naming the activity.</summary>
    /// <param name="binaryOutput">Standard output is data for <see cref="CopyOutputAsync"/>, not text.</param>
    internal static ChildProcess Start(string program, IEnumerable<string> arguments, string activity, bool writesInput = false, bool captureOutput = false, bool binaryOutput = false, int outputLimit = 4 << 20)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("the process did not start");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"{Path.GetFileName(program)} could not be started: {e.Message}"));
        }

        if (!writesInput)
        {
            // A child that reads its standard input gets end-of-file at once instead of waiting on ours.
            process.StandardInput.Close();
        }

        return new ChildProcess(process, captureOutput, binaryOutput, outputLimit);
    }

    /// <summary>
    /// Runs a short command (a probe, a trial) to its end within <paramref name="deadline"/>; past it the process is
    /// killed and the run fails with AA3006. The caller reads <see cref="ExitCode"/>, <see cref="Output"/> and <see cref="ErrorTail"/>.
    /// </summary>
    internal static async Task<ChildProcess> RunAsync(string program, IEnumerable<string> arguments, string activity, TimeSpan deadline, CancellationToken token, bool captureOutput = true)
    {
        var process = Start(program, arguments, activity, captureOutput: captureOutput);
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
            limit.CancelAfter(deadline);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                token.ThrowIfCancellationRequested();
                throw new AsciiAssetsException(DiagnosticDescriptors.ProcessNotResponding.Create(null, program, FormatSeconds(deadline), activity));
            }

            return process;
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>Copies binary standard output into <paramref name="target"/>, at most <paramref name="limit"/> bytes; past the limit the process is stopped.</summary>
    public async Task CopyOutputAsync(Stream target, long limit, CancellationToken token)
    {
        using var registration = token.Register(Kill);
        var source = _process.StandardOutput.BaseStream;
        var block = new byte[81920];
        long copied = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(block, CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
                var kept = (int)Math.Min(read, limit - copied);
                await target.WriteAsync(block.AsMemory(0, kept), CancellationToken.None).ConfigureAwait(false);
                copied += kept;
                if (copied >= limit)
                {
                    Kill();
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The process is gone; what was read is kept and its exit code tells why.
        }

        token.ThrowIfCancellationRequested();
    }

    /// <summary>Waits until the process has exited and both pipes are drained; cancelling kills it first.</summary>
    public async Task WaitForExitAsync(CancellationToken token)
    {
        using (token.Register(Kill))
        {
            await _process.WaitForExitAsync(token).ConfigureAwait(false);
        }

        // The drains end at end-of-file, which a grandchild holding the pipes could delay: do not wait for it long.
        await Task.WhenAny(Task.WhenAll(_errorDrain, _outputDrain), Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>Kills the process and its children, if they still run.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already exited, or exiting.
        }
    }

    /// <summary>Kills every child process still running: the last step of a hard stop.</summary>
    public static void KillAll()
    {
        foreach (var child in Running.Keys)
        {
            child.Kill();
        }
    }

    public static string FormatSeconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s";

    public void Dispose()
    {
        if (!Running.TryRemove(this, out _))
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void OnError(ReadOnlySpan<char> line)
    {
        var text = Printable(line);
        if (text.Length == 0)
        {
            return;
        }

        Interlocked.CompareExchange(ref _firstError, text, null);
        lock (_errorTail)
        {
            _errorTail.Enqueue(text);
            if (_errorTail.Count > ErrorLinesKept)
            {
                _errorTail.Dequeue();
            }
        }
    }

    private void OnOutput(ReadOnlySpan<char> line)
    {
        if (_output is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length + line.Length + 1 <= _outputLimit)
            {
                _output.Append(line).Append('\n');
            }
        }
    }

    /// <summary>Reads a pipe to its end in blocks, handing over lines of at most <see cref="LongestLineKept"/> characters: garbage without newlines cannot grow a line without bound.</summary>
    private async Task DrainAsync(StreamReader reader, LineHandler onLine)
    {
        var block = new char[4096];
        var line = new StringBuilder();
        try
        {
            int read;
            while ((read = await reader.ReadAsync(block.AsMemory(), CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
                for (var i = 0; i < read; i++)
                {
                    var c = block[i];
                    if (c == '\n' || c == '\r')
                    {
                        onLine(line.ToString());
                        line.Clear();
                    }
                    else if (line.Length < LongestLineKept)
                    {
                        line.Append(c);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process is gone; what was read is kept.
        }

        if (line.Length > 0)
        {
            onLine(line.ToString());
        }
    }

    private delegate void LineHandler(ReadOnlySpan<char> line);

    /// <summary>A read-only view of a pipe that marks the process alive on every read that returns data.</summary>
    private sealed class ActivityStream(ChildProcess owner, Stream pipe) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read;
            try
            {
                read = pipe.Read(buffer);
            }
            catch (IOException)
            {
                return 0; // the process is gone; its exit code tells why
            }

            if (read > 0)
            {
                Interlocked.Exchange(ref owner._lastActivity, Environment.TickCount64);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Without control characters (a hostile program could move the cursor or recolour the terminal), trimmed.</summary>
    private static string Printable(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
