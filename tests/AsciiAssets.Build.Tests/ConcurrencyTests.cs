using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

public sealed class ConcurrencyTests
{
    private const int SigInt = 2;

    /// <summary>
    /// As issue 15 reported it (MSB1003 for the second build in 2 of 4 tries): two `dotnet build` of a project never
    /// restored, started at the same instant, so both restore and render at once.
    /// </summary>
    [Fact]
    public void Two_builds_of_one_project_at_the_same_time_render_each_video_once_and_both_succeed()
    {
        var project = ConsumerProject.Console("Concurrent");
        project.Write("videos/a.video.yaml", Specs.Tiny(seed: 10));
        project.Write("videos/b.video.yaml", Specs.Tiny(seed: 11));

        using var first = project.Start("build");
        using var second = project.Start("build");
        var results = new[] { first.WaitForExit(TimeSpan.FromMinutes(4)), second.WaitForExit(TimeSpan.FromMinutes(4)) };

        results.Should().AllSatisfy(r => r.ExitCode.Should().Be(0, r.ToString()));
        var output = string.Concat(results.Select(r => r.Output));
        Regex.Matches(output, "AsciiVideo: rendered videos/a.mp4").Should().HaveCount(1, output);
        Regex.Matches(output, "AsciiVideo: rendered videos/b.mp4").Should().HaveCount(1, output);
        Media.IsMp4(project.RenderedVideo("videos/a.mp4")).Should().BeTrue();
        Media.IsMp4(project.RenderedVideo("videos/b.mp4")).Should().BeTrue();
        File.Exists(project.RenderedVideo("videos/a.mp4") + ".fingerprint").Should().BeTrue();
    }

    [Fact]
    public void Cancelling_a_build_stops_the_engine_and_its_ffmpeg_and_leaves_no_video_behind()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Sends SIGINT and reads /proc.
        }

        var project = ConsumerProject.Console("Cancel");
        project.Write("videos/long.video.yaml", Specs.Slow);
        project.Run("restore").ExitCode.Should().Be(0);

        using var build = project.Start("build", "--no-restore");
        build.WaitForOutput("running the engine", TimeSpan.FromMinutes(2)).Should().BeTrue(build.Output);
        WaitUntil(() => ProcessesIn(project.Directory).Any(p => p.CommandLine.Contains("ffmpeg")), TimeSpan.FromMinutes(1))
            .Should().BeTrue("the engine starts ffmpeg: " + build.Output);

        kill(build.Id, SigInt).Should().Be(0, "Ctrl+C reaches the build as SIGINT");
        var result = build.WaitForExit(TimeSpan.FromSeconds(30));

        result.ExitCode.Should().NotBe(0, result.ToString());
        WaitUntil(() => ProcessesIn(project.Directory).Count == 0, TimeSpan.FromSeconds(10))
            .Should().BeTrue("no engine or ffmpeg outlives the build: " + string.Join("\n", ProcessesIn(project.Directory).Select(p => p.CommandLine)));
        var folder = project.RenderedVideo("videos");
        Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".mp4", StringComparison.Ordinal) || f.EndsWith(".fingerprint", StringComparison.Ordinal))
            .Should().BeEmpty("a cancelled render leaves neither a video nor a stamp");
    }

    /// <summary>Processes started for the project's build (the engine, ffmpeg) run in its folder.</summary>
    private static List<(int Id, string CommandLine)> ProcessesIn(string directory)
    {
        var found = new List<(int, string)>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var cwd = new DirectoryInfo(Path.Combine(entry, "cwd")).LinkTarget;
                if (cwd is not null && cwd.StartsWith(directory, StringComparison.Ordinal))
                {
                    found.Add((id, File.ReadAllText(Path.Combine(entry, "cmdline")).Replace('\0', ' ')));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while being read.
            }
        }

        return found;
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
