using System.Diagnostics;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Hostile;

/// <summary>
/// ffmpeg is not trusted to behave: fake ffmpegs that hang, never read, exit without a file, print garbage or write
/// the wrong file. Each run must end with a coded error within its deadline (exit code 3), keep the previous output,
/// and leave no process or temporary file behind. Real ffmpeg does the parts a fake leaves alone.
/// </summary>
[Collection(ToolCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class FfmpegFaultTests
{
    /// <summary>Matches the segment encodes only (not the speed measurement or the join): their files end -0000N.mp4.</summary>
    private const string SegmentEncode = "*-0000[0-9].mp4*";

    private const string Spec = """
        size: 160x90
        fps: 12
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: plasma
        """;

    [Fact]
    public Task An_ffmpeg_that_hangs_on_its_version_probe_is_stopped_at_the_probe_deadline() =>
        AssertFailsCleanlyAsync(
            "case \"$*\" in *-version*) sleep 600;; esac\nexec ffmpeg \"$@\"",
            "did not finish within 15 s while asking ffmpeg for its version; it was stopped.",
            maximumSeconds: 40);

    [Fact]
    public Task An_ffmpeg_that_never_reads_its_frames_is_stopped_by_the_watchdog_naming_the_segment() =>
        AssertFailsCleanlyAsync(
            $"case \"$*\" in {SegmentEncode}) sleep 600;; esac\nexec ffmpeg \"$@\"",
            "error AA3007: ffmpeg made no progress for 2 s while encoding segment 1 of demo.mp4; it was stopped, and the previous output is unchanged.");

    [Fact]
    public Task An_ffmpeg_that_stalls_after_the_last_frame_is_stopped_by_the_watchdog() =>
        AssertFailsCleanlyAsync(
            $"case \"$*\" in {SegmentEncode}) cat >/dev/null; sleep 600;; esac\nexec ffmpeg \"$@\"",
            "error AA3007: ffmpeg made no progress for 2 s while encoding segment 1 of demo.mp4; it was stopped, and the previous output is unchanged.");

    [Fact]
    public Task An_ffmpeg_that_exits_0_without_reading_its_frames_fails_the_segment() =>
        AssertFailsCleanlyAsync(
            $"case \"$*\" in {SegmentEncode}) exit 0;; esac\nexec ffmpeg \"$@\"",
            "error AA3002: ffmpeg failed while encoding segment 1 of demo.mp4: ffmpeg exited before it had read every frame");

    [Fact]
    public Task An_ffmpeg_that_exits_0_without_writing_a_file_fails_the_segment() =>
        AssertFailsCleanlyAsync(
            $"case \"$*\" in {SegmentEncode}) cat >/dev/null; exit 0;; esac\nexec ffmpeg \"$@\"",
            "error AA3002: ffmpeg failed while encoding segment 1 of demo.mp4: ffmpeg reported success but wrote no file");

    [Fact]
    public Task An_ffmpeg_that_prints_and_writes_garbage_fails_with_a_coded_error() =>
        AssertFailsCleanlyAsync(
            $"case \"$*\" in {SegmentEncode}) cat >/dev/null; head -c 200000 /dev/urandom; head -c 200000 /dev/urandom >&2; for last; do :; done; head -c 5000 /dev/urandom > \"${{last#file:}}\"; exit 0;; esac\nexec ffmpeg \"$@\"",
            "error AA3002: ffmpeg failed while writing demo.mp4: exit code 1:");

    [Fact]
    public Task An_ffmpeg_that_writes_the_wrong_video_and_reports_success_is_caught_by_the_check() =>
        AssertFailsCleanlyAsync(
            $"case \"$*\" in {SegmentEncode}) cat >/dev/null; for last; do :; done; exec ffmpeg -v error -f lavfi -i testsrc=s=32x32:r=12 -frames:v 24 -pix_fmt yuv420p -y \"$last\";; esac\nexec ffmpeg \"$@\"",
            "error AA3008: demo.mp4 failed its check after encoding: it holds h264 32x32, not h264 160x90; the previous output is unchanged.");

    [Fact]
    public async Task SIGTERM_stops_a_run_whose_ffmpeg_hangs_on_its_probe_within_the_grace_period()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Spec);
        var fake = dir.WriteScript("broken/ffmpeg", "#!/bin/sh\ncase \"$*\" in *-version*) sleep 600;; esac\nexec ffmpeg \"$@\"\n");
        using var tool = ToolProcess.StartTool(dir.Path, "render", ".", "--force", "--ffmpeg", fake, "--encoder", "libx264");
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        await WaitForAsync(() => Processes.Descendants(tool.Id).Any(pid => Processes.CommandLine(pid).Contains("sleep 600", StringComparison.Ordinal)));
        var clock = Stopwatch.StartNew();

        Process.Start("kill", $"-TERM {tool.Id}")!.WaitForExit();
        await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "a cancelled run stops within its grace period");
        tool.ExitCode.Should().Be(3, await output);
        (await errors).Should().Contain("error AA3003:");
        Processes.Named(dir.Path).Concat(Processes.Named("sleep 600")).Should().BeEmpty("the hung probe is killed with the run");
    }

    private static async Task AssertFailsCleanlyAsync(string fakeBody, string error, int maximumSeconds = 30)
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Spec);
        var previous = dir.Write("demo.mp4", "the previous render");
        var temp = Directory.CreateDirectory(dir.File("tmp")).FullName;
        var fake = dir.WriteScript("broken/ffmpeg", "#!/bin/sh\n" + fakeBody + "\n");
        var clock = Stopwatch.StartNew();

        var result = await ToolProcess.RunToolAsync(dir.Path, new Dictionary<string, string?> { ["TMPDIR"] = temp },
            "render", ".", "--force", "--ffmpeg", fake, "--encoder", "libx264", "--workers", "1", "--stall-timeout", "2s");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(maximumSeconds), "every external process has a deadline");
        result.ExitCode.Should().Be(3, result.AllOutput);
        result.StandardError.Should().Contain(error);
        result.AllOutput.Should().NotContain("   at ");
        File.ReadAllText(previous).Should().Be("the previous render");
        Directory.EnumerateFileSystemEntries(temp).Should().BeEmpty("no segment or socket is left in TMPDIR");
        Directory.GetFiles(dir.Path, "*.tmp*").Should().BeEmpty();
        Processes.Named(dir.Path).Should().BeEmpty("no ffmpeg outlives the tool");
        Processes.Named("sleep 600").Should().BeEmpty("nor anything a fake ffmpeg started");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        condition().Should().BeTrue();
    }
}
