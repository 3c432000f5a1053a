namespace AsciiAssets.Cli.Output;

/// <summary>
/// Where frames are shown. On a terminal: the alternate screen with the cursor hidden from the first frame, and the
/// shell's screen and cursor back when it is disposed, also after an exception, a cancellation or a hard stop
/// (<see cref="Environment.Exit"/> runs <see cref="AppDomain.ProcessExit"/>). A file or a pipe gets the frames alone,
/// a recording that `cat` replays on a terminal.
/// </summary>
public sealed class TerminalScreen : IDisposable
{
    private readonly Stream _output;
    private readonly bool _isTerminal;
    private int _left;

    public TerminalScreen(Stream output, bool isTerminal)
    {
        _output = output;
        _isTerminal = isTerminal;
        if (isTerminal)
        {
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
            Write(TerminalPicture.Enter);
        }
    }

    /// <summary>Writes a frame in one write, so the terminal never gets half of one from us.</summary>
    public void Show(ReadOnlySpan<byte> frame) => Write(frame);

    /// <summary>
    /// Cancels <paramref name="stop"/> when q or Esc is pressed; only for an interactive terminal (standard input not
    /// redirected). The key is read without echo; the thread is a background one, so it never keeps the process alive.
    /// </summary>
    public static void StopOnQuitKey(CancellationTokenSource stop)
    {
        if (Console.IsInputRedirected)
        {
            return;
        }

        var thread = new Thread(() =>
        {
            try
            {
                while (Console.ReadKey(intercept: true).Key is not (ConsoleKey.Q or ConsoleKey.Escape))
                {
                }

                stop.Cancel();
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or ObjectDisposedException)
            {
                // No console to read keys from, or playback already over: Ctrl+C still stops it.
            }
        })
        {
            IsBackground = true,
            Name = "play quit key",
        };
        thread.Start();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _output.Flush();
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    public void Dispose()
    {
        if (!_isTerminal || Interlocked.Exchange(ref _left, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        try
        {
            Write(TerminalPicture.Leave);
        }
        catch (IOException)
        {
            // The terminal is gone (its window closed): there is nothing left to restore.
        }
    }
}
