using System.Runtime.InteropServices;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;

namespace AsciiAssets.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT), SIGTERM and SIGQUIT into cancellation, so a render stops its ffmpeg children, removes its
/// temporary files and leaves earlier outputs untouched instead of dying mid-write. The signals are taken over for
/// the whole run; cancellation must end the run within a few seconds, so a run still going after
/// <see cref="GracePeriod"/>, or a second signal, is a hard stop: every child killed, AA3003, exit code 3.
/// </summary>
public sealed class ConsoleCancellation : IDisposable
{
    /// <summary>How long a cancelled run may take to stop on its own.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private Timer? _hardStop;
    private int _signals;

    public ConsoleCancellation()
    {
        _registrations = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }
            .Where(signal => !OperatingSystem.IsWindows() || signal != PosixSignal.SIGTERM)
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal))
            .ToArray();
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

    private void OnSignal(PosixSignalContext context)
    {
        // The run ends through cancellation, not through the runtime's default of terminating at once.
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) > 1)
        {
            HardStop();
            return;
        }

        _hardStop = new Timer(_ => HardStop(), null, GracePeriod, Timeout.InfiniteTimeSpan);
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run has just finished.
        }
    }

    private static void HardStop()
    {
        ChildProcess.KillAll();
        ConsoleWriter.Error(DiagnosticDescriptors.Cancelled.Create(null, "the requested outputs").ToString());
        Environment.Exit(App.RenderError);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _hardStop?.Dispose();
        _source.Dispose();
    }
}
