using System.Diagnostics;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

[Collection(ToolCollection.Name)]
public class CancellationTests
{
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Ctrl_C_stops_ffmpeg_and_keeps_the_previous_output()
    {
        using var dir = new TempFolder();
        dir.Write("long.video.yaml", Specs.Long("60s"));
        var previous = dir.Write("long.mp4", "the previous render");
        using var tool = ToolProcess.StartTool(dir.Path, "render", ".", "--force", "--workers", "2");
        var output = new List<string>();
        var rendering = new TaskCompletionSource();
        tool.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (output)
                {
                    output.Add(line);
                }

                if (line.Contains("25%", StringComparison.Ordinal))
                {
                    rendering.TrySetResult();
                }
            }
        };
        tool.BeginOutputReadLine();
        var errors = tool.StandardError.ReadToEndAsync();
        await rendering.Task.WaitAsync(TimeSpan.FromSeconds(120));
        var encoders = Processes.Descendants(tool.Id).Where(pid => Processes.CommandLine(pid).Contains("ffmpeg", StringComparison.Ordinal)).ToArray();

        Process.Start("kill", $"-INT {tool.Id}")!.WaitForExit();
        await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        tool.ExitCode.Should().Be(3);
        (await errors).Should().Contain("error AA3003: The render of the requested outputs was cancelled; the previous output is unchanged.");
        encoders.Should().NotBeEmpty("ffmpeg was encoding when the render was cancelled");
        encoders.Where(Processes.IsRunning).Should().BeEmpty("no ffmpeg child outlives the tool");
        File.ReadAllText(previous).Should().Be("the previous render");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("long.video.yaml", "long.mp4");
    }

    /// <summary>
    /// A run cancelled mid-render, twenty times in a row for each signal, at varying moments after rendering starts:
    /// every time it stops within the grace period with AA3003, kills its ffmpeg children and leaves the previous output
    /// and an empty TMPDIR (no segments, no pipe sockets).
    /// </summary>
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_signal_mid_render_cancels_cleanly_twenty_times_in_a_row(string signal)
    {
        using var dir = new TempFolder();
        dir.Write("long.video.yaml", Specs.Long("60s"));
        var temp = Directory.CreateDirectory(dir.File("tmp")).FullName;
        var encodersSeen = 0;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var previous = dir.Write("long.mp4", $"the previous render {attempt}");
            using var tool = ToolProcess.StartTool(dir.Path, new Dictionary<string, string?> { ["TMPDIR"] = temp },
                "render", ".", "--force", "--workers", "2", "--encoder", "libx264", "--quality", "draft");
            var started = new TaskCompletionSource();
            tool.OutputDataReceived += (_, e) =>
            {
                // The header line is written just before the first frame is rendered.
                if (e.Data?.Contains("ETA", StringComparison.Ordinal) == true)
                {
                    started.TrySetResult();
                }
            };
            tool.BeginOutputReadLine();
            var errors = tool.StandardError.ReadToEndAsync();
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(50 * (attempt % 8));
            var children = Processes.Descendants(tool.Id).ToArray();
            encodersSeen += children.Any(pid => Processes.CommandLine(pid).Contains("pipe:0", StringComparison.Ordinal)) ? 1 : 0;
            var clock = Stopwatch.StartNew();

            Process.Start("kill", $"-{signal} {tool.Id}")!.WaitForExit();
            await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            // Within the tool's 3 s grace period after which a run is stopped hard (ConsoleCancellation.GracePeriod), plus
            // the latency of a loaded machine (seen up to 1.3 s at a load average of 30 on two cores).
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3 + 2), $"attempt {attempt} stops promptly");
            tool.ExitCode.Should().Be(3, $"attempt {attempt}");
            (await errors).Should().Contain("error AA3003: The render of the requested outputs was cancelled; the previous output is unchanged.");
            children.Where(Processes.IsRunning).Should().BeEmpty($"attempt {attempt} leaves no child running");
            File.ReadAllText(previous).Should().Be($"the previous render {attempt}");
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("long.video.yaml", "long.mp4");
            Directory.EnumerateFileSystemEntries(temp).Should().BeEmpty($"attempt {attempt} leaves nothing in TMPDIR");
        }

        encodersSeen.Should().BeGreaterThan(10, "most signals arrive while ffmpeg encodes");
    }
}
