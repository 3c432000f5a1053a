using System.Runtime.InteropServices;

namespace AsciiAssets.Cli;

/// <summary>
/// Turns Ctrl+C and SIGTERM into cancellation, so a render stops its ffmpeg children, removes its temporary
/// files and leaves earlier outputs untouched instead of dying mid-write.
/// </summary>
public sealed class ConsoleCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration? _terminate;

    public ConsoleCancellation()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        if (!OperatingSystem.IsWindows())
        {
            _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                _source.Cancel();
            });
        }
    }

    public CancellationToken Token => _source.Token;

    /// <summary>Build systems cancel a child by closing its stdin; watch for that when asked to.</summary>
    public static void CancelWhenStdinCloses(CancellationTokenSource source)
    {
        var thread = new Thread(() =>
        {
            try
            {
                using var input = Console.OpenStandardInput();
                var buffer = new byte[256];
                while (input.Read(buffer, 0, buffer.Length) > 0)
                {
                }
            }
            catch (IOException)
            {
            }

            source.Cancel();
        })
        {
            IsBackground = true,
            Name = "stdin watcher",
        };
        thread.Start();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate?.Dispose();
        _source.Dispose();
    }
}
