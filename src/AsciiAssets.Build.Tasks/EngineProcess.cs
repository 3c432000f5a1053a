using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace AsciiAssets.Build.Tasks;

/// <summary>
/// Runs the engine and hands its output lines to the calling thread, so the task logs only from its own thread.
/// On cancellation it closes the engine's stdin (the engine, started with --cancel-on-stdin-close, then stops its
/// ffmpeg children and exits) and kills it if it is still running after a grace period.
/// </summary>
internal static class EngineProcess
{
    private const int PollMilliseconds = 50;

    /// <returns>The exit code; null when canceled.</returns>
    public static int? Run(ProcessStartInfo startInfo, Action<string> onOutputLine, StringBuilder errorOutput, WaitHandle cancel, TimeSpan gracePeriod)
    {
        startInfo.UseShellExecute = false;
        startInfo.CreateNoWindow = true;
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.StandardOutputEncoding = new UTF8Encoding(false);
        startInfo.StandardErrorEncoding = new UTF8Encoding(false);

        var lines = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lines.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lock (errorOutput)
                {
                    errorOutput.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        DateTime? killAt = null;
        var killed = false;
        while (!process.WaitForExit(PollMilliseconds))
        {
            Drain(lines, onOutputLine);
            if (killAt == null && cancel.WaitOne(0))
            {
                process.StandardInput.Close();
                killAt = DateTime.UtcNow + gracePeriod;
            }
            else if (!killed && DateTime.UtcNow > killAt)
            {
                KillTree(process);
                killed = true;
            }
        }

        if (killAt == null)
        {
            // Only this overload waits until the redirected output has reached the handlers.
            process.WaitForExit();
        }
        else
        {
            // A killed engine's orphaned children may still hold the output pipe open; don't wait for them.
            process.WaitForExit((int)gracePeriod.TotalMilliseconds);
        }

        Drain(lines, onOutputLine);
        return killAt == null ? process.ExitCode : null;
    }

    private static void Drain(ConcurrentQueue<string> lines, Action<string> onOutputLine)
    {
        while (lines.TryDequeue(out var line))
        {
            onOutputLine(line);
        }
    }

    private static void KillTree(Process process)
    {
        // Kill(entireProcessTree) exists on .NET Core 3.0+, where the SDK's MSBuild runs; .NET Framework only has Kill().
        var killTree = typeof(Process).GetMethod(nameof(Process.Kill), new[] { typeof(bool) });
        try
        {
            if (killTree != null)
            {
                killTree.Invoke(process, new object[] { true });
            }
            else
            {
                process.Kill();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TargetInvocationException or System.ComponentModel.Win32Exception)
        {
            // It exited in the meantime.
        }
    }
}
