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
        var encoders = Children(tool.Id).Where(pid => CommandLine(pid).Contains("ffmpeg", StringComparison.Ordinal)).ToArray();

        Process.Start("kill", $"-INT {tool.Id}")!.WaitForExit();
        await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        tool.ExitCode.Should().Be(3);
        (await errors).Should().Contain("error AA3003: The render of the requested outputs was cancelled; the previous output is unchanged.");
        encoders.Should().NotBeEmpty("ffmpeg was encoding when the render was cancelled");
        encoders.Where(IsRunning).Should().BeEmpty("no ffmpeg child outlives the tool");
        File.ReadAllText(previous).Should().Be("the previous render");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("long.video.yaml", "long.mp4");
    }

    /// <summary>Alive and not a zombie; a killed child may take a moment to be reaped once its parent is gone.</summary>
    private static bool IsRunning(int pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            string stat;
            try
            {
                stat = File.ReadAllText($"/proc/{pid}/stat");
            }
            catch (IOException)
            {
                return false;
            }

            if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }

    private static IEnumerable<int> Children(int pid) =>
        Directory.GetDirectories($"/proc/{pid}/task")
            .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse);

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
