using System.Diagnostics;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

[Collection(ToolCollection.Name)]
public class PlayCommandTests
{
    private const string Enter = "\u001b[?1049h\u001b[?25l\u001b[2J";
    private const string Leave = "\u001b[0m\u001b[?25h\u001b[?1049l";

    [Fact]
    public async Task Each_cell_shows_the_rendered_frame_averaged_over_its_two_pixels()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);
        var rendered = new List<byte[]>();
        foreach (var frame in new[] { "0f", "1f" })
        {
            (await ToolProcess.RunToolAsync(dir.Path, "preview", "demo.video.yaml", "-q", "draft", "--at", frame, "-o", $"{frame}.png")).ExitCode.Should().Be(0);
            rendered.Add(await Decode(dir, $"{frame}.png"));
        }

        var play = await ToolProcess.RunToolAsync(dir.Path, "play", "demo.video.yaml", "--frames", "2", "--size", "80x24");
        var again = await ToolProcess.RunToolAsync(dir.Path, "play", "demo.video.yaml", "--frames", "2", "--size", "80x24");

        play.ExitCode.Should().Be(0, play.AllOutput);
        play.StandardOutput.Should().StartWith("\u001b[?2026h\u001b[1;1H\u001b[38;2;").And.EndWith("\u001b[0m\u001b[?2026l", "a file gets the frames alone, no screen switching");
        again.StandardOutput.Should().Be(play.StandardOutput, "the same frames give the same bytes");
        var frames = AnsiCells.Frames(play.StandardOutput);
        frames.Should().HaveCount(2);
        // 160x90 fitted into 80 columns of 48 half-cell pixels: 80x46 pixels, 23 rows from the top.
        for (var f = 0; f < 2; f++)
        {
            frames[f].Keys.Should().BeEquivalentTo(Cells(rows: 23, columns: 80, top: 1));
            foreach (var ((row, column), cell) in frames[f])
            {
                cell.Upper.Should().Equal(Mean(rendered[f], 160, 90, 80, 46, column - 1, 2 * (row - 1)), $"frame {f}, cell {row};{column}, upper half");
                cell.Lower.Should().Equal(Mean(rendered[f], 160, 90, 80, 46, column - 1, 2 * (row - 1) + 1), $"frame {f}, cell {row};{column}, lower half");
            }
        }

        var first = frames[0][(1, 1)];
        play.StandardOutput.Should().StartWith($"\u001b[?2026h\u001b[1;1H\u001b[38;2;{first.Upper[0]};{first.Upper[1]};{first.Upper[2]}m\u001b[48;2;{first.Lower[0]};{first.Lower[1]};{first.Lower[2]}m▀");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task On_a_terminal_it_takes_the_terminals_size_and_restores_the_screen()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        // script(1) gives the tool a terminal of 100 columns and 30 rows.
        var result = await InTerminal(dir, "stty cols 100 rows 30 && exec dotnet exec {tool} play demo.video.yaml --frames 1");

        result.ExitCode.Should().Be(0, result.AllOutput);
        var output = result.StandardOutput;
        // .NET's console puts the keypad in application mode (\e[?1h\e=) first; then the screen is switched before the first frame.
        output.IndexOf(Enter, StringComparison.Ordinal).Should().BeInRange(0, output.IndexOf("\u001b[?2026h", StringComparison.Ordinal));
        output.LastIndexOf(Leave, StringComparison.Ordinal).Should().BeGreaterThan(output.LastIndexOf("\u001b[?2026l", StringComparison.Ordinal), "the screen is restored after the last frame");
        // 160x90 in 100x60 half-cell pixels: 100x56, 28 rows centred in 30.
        AnsiCells.Frames(output).Single().Keys.Should().BeEquivalentTo(Cells(rows: 28, columns: 100, top: 2));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Q_stops_looped_playback_and_restores_the_cursor()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        using var script = Process.Start(Script($"stty cols 80 rows 24 && exec dotnet exec {ToolProcess.ToolAssembly} play demo.video.yaml --loop", dir))!;
        var (output, reading) = Collect(script, frames: 30, out var playing);
        await playing.WaitAsync(TimeSpan.FromSeconds(60));

        await script.StandardInput.WriteAsync("q");
        await script.StandardInput.FlushAsync();
        await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await reading;

        script.ExitCode.Should().Be(0);
        var text = output.ToString();
        AnsiCells.Frames(text).Count.Should().BeGreaterThanOrEqualTo(30, "it looped past the video's 24 frames");
        text.LastIndexOf(Leave, StringComparison.Ordinal).Should().BeGreaterThan(text.LastIndexOf("\u001b[?2026l", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seconds_paces_the_frames_at_the_videos_fps()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var clock = Stopwatch.StartNew();
        var result = await ToolProcess.RunToolAsync(dir.Path, "play", "demo.video.yaml", "--seconds", "1.5", "--size", "40x12");
        clock.Stop();

        result.ExitCode.Should().Be(0, result.AllOutput);
        AnsiCells.Frames(result.StandardOutput).Should().HaveCount(18, "1.5 s at 12 fps");
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(1.45), "eighteen frames at 12 fps take 1.5 s");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Ctrl_C_ends_playback_on_a_terminal_with_the_screen_restored()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var (exitCode, output, _) = await InterruptAfterFrames(dir, inTerminal: true, "play", "demo.video.yaml", "--loop");

        exitCode.Should().Be(0, "stopping is how a viewer ends playback");
        output.Should().Contain(Enter);
        output.LastIndexOf(Leave, StringComparison.Ordinal).Should().BeGreaterThan(output.LastIndexOf("\u001b[?2026l", StringComparison.Ordinal), "the screen and cursor are restored after the last frame");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Plays_a_rendered_video_through_ffmpeg_and_leaves_no_ffmpeg_behind()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".", "-q", "draft")).ExitCode.Should().Be(0);

        var video = await ToolProcess.RunToolAsync(dir.Path, "play", "demo.mp4", "--frames", "2", "--size", "80x24");
        var spec = await ToolProcess.RunToolAsync(dir.Path, "play", "demo.video.yaml", "--frames", "2", "--size", "80x24");
        var (exitCode, output, ffmpeg) = await InterruptAfterFrames(dir, inTerminal: false, "play", "demo.mp4", "--loop", "--size", "80x24");

        video.ExitCode.Should().Be(0, video.AllOutput);
        var decoded = AnsiCells.Frames(video.StandardOutput);
        var rendered = AnsiCells.Frames(spec.StandardOutput);
        decoded.Should().HaveCount(2);
        for (var f = 0; f < 2; f++)
        {
            decoded[f].Keys.Should().BeEquivalentTo(rendered[f].Keys);
            var difference = decoded[f].Average(cell => Enumerable.Range(0, 3).Average(c =>
                Math.Abs(cell.Value.Upper[c] - rendered[f][cell.Key].Upper[c]) + Math.Abs(cell.Value.Lower[c] - rendered[f][cell.Key].Lower[c])) / 2);
            difference.Should().BeLessThan(10, $"frame {f} of the MP4 is frame {f} of the spec, after H.264's losses and ffmpeg's scaling");
        }

        exitCode.Should().Be(0);
        output.Should().EndWith("\u001b[?2026l");
        ffmpeg.Should().NotBeEmpty("ffmpeg was decoding when playback was interrupted");
        ffmpeg.Where(Processes.IsRunning).Should().BeEmpty("no ffmpeg child outlives the tool");
    }

    [Theory]
    [InlineData(new[] { "play", "missing.video.yaml", "--size", "80x24" }, 1, "missing.video.yaml: error AA1015: Spec 'missing.video.yaml' does not exist.")]
    [InlineData(new[] { "play", "missing.mp4", "--size", "80x24" }, 1, "missing.mp4: error AA1007: File 'missing.mp4' not found (looked for {dir}/missing.mp4).")]
    [InlineData(new[] { "play", "demo.video.yaml" }, 1, "ascii-assets: error AA1110: play draws frames on a terminal, but standard output is redirected to a file or a pipe, which has no size to draw at.")]
    [InlineData(new[] { "play", "demo.video.yaml", "--size", "80by24" }, 2, "ascii-assets: error AA4001: --size '80by24' is not COLUMNSxROWS between 1x1 and 2000x2000, e.g. 80x24. Run with --help for usage.")]
    [InlineData(new[] { "play", "demo.video.yaml", "--size", "0x24" }, 2, "ascii-assets: error AA4001: --size '0x24' is not COLUMNSxROWS between 1x1 and 2000x2000, e.g. 80x24. Run with --help for usage.")]
    [InlineData(new[] { "play", "demo.video.yaml", "--seconds", "-1" }, 2, "ascii-assets: error AA4001: --seconds '-1' is not a positive time; write e.g. 10, 10s, 1m30s or 48f. Run with --help for usage.")]
    public async Task Bad_requests_are_coded_errors_that_say_what_to_do(string[] arguments, int exitCode, string expected)
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var result = await ToolProcess.RunToolAsync(dir.Path, arguments);

        result.ExitCode.Should().Be(exitCode);
        result.StandardOutput.Should().BeEmpty("nothing is drawn");
        result.StandardError.Trim().Should().Be(expected.Replace("{dir}", dir.Path));
    }

    private static IEnumerable<(int Row, int Column)> Cells(int rows, int columns, int top) =>
        Enumerable.Range(top, rows).SelectMany(row => Enumerable.Range(1, columns).Select(column => (row, column)));

    /// <summary>The mean of the source pixels that target pixel (x, y) covers: columns [x·W/w, (x+1)·W/w), rows likewise.</summary>
    private static byte[] Mean(byte[] rgb, int width, int height, int targetWidth, int targetHeight, int x, int y)
    {
        var (left, right) = (x * width / targetWidth, (x + 1) * width / targetWidth);
        var (top, bottom) = (y * height / targetHeight, (y + 1) * height / targetHeight);
        var count = (right - left) * (bottom - top);
        return Enumerable.Range(0, 3).Select(c =>
        {
            var sum = 0;
            for (var sy = top; sy < bottom; sy++)
            {
                for (var sx = left; sx < right; sx++)
                {
                    sum += rgb[(sy * width + sx) * 3 + c];
                }
            }

            return (byte)((sum + count / 2) / count);
        }).ToArray();
    }

    /// <summary>Runs a shell command line in script(1)'s terminal; {tool} is the tool's assembly. Standard error comes through the terminal too.</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static Task<ProcessResult> InTerminal(TempFolder dir, string command) =>
        ToolProcess.RunAsync("script", new[] { "-qec", command.Replace("{tool}", ToolProcess.ToolAssembly), "/dev/null" }, dir.Path);

    /// <summary>
    /// Starts the tool (in script(1)'s 80x24 terminal when asked), sends SIGINT to it once it has drawn a few frames, and
    /// returns its exit code, its output and the ffmpeg children it had.
    /// </summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static async Task<(int ExitCode, string Output, int[] Ffmpeg)> InterruptAfterFrames(TempFolder dir, bool inTerminal, params string[] arguments)
    {
        using var process = inTerminal
            ? Process.Start(Script($"stty cols 80 rows 24 && exec dotnet exec {ToolProcess.ToolAssembly} {string.Join(' ', arguments)}", dir))!
            : ToolProcess.StartTool(dir.Path, arguments);
        var (output, reading) = Collect(process, frames: 4, out var playing);
        var errors = process.StandardError.ReadToEndAsync();
        await playing.WaitAsync(TimeSpan.FromSeconds(60));
        var tool = inTerminal
            ? Processes.Descendants(process.Id).Single(pid => Processes.CommandLine(pid).Contains("AsciiAssets.Tool.dll", StringComparison.Ordinal))
            : process.Id;
        var ffmpeg = Processes.Descendants(tool).Where(pid => Processes.CommandLine(pid).Contains("ffmpeg", StringComparison.Ordinal)).ToArray();

        Process.Start("kill", $"-INT {tool}")!.WaitForExit();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await reading;
        await errors;
        return (process.ExitCode, output.ToString(), ffmpeg);
    }

    /// <summary>script(1) running a shell command line in a terminal of its own; standard error comes through that terminal too.</summary>
    private static ProcessStartInfo Script(string command, TempFolder dir)
    {
        var info = new ProcessStartInfo("script")
        {
            WorkingDirectory = dir.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-qec", command, "/dev/null" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASCII_ASSETS_CACHE_DIR"] = dir.File(ToolProcess.TestCacheFolder);
        return info;
    }

    /// <summary>Reads a process's standard output as it comes; <paramref name="playing"/> completes once it has drawn that many frames.</summary>
    private static (System.Text.StringBuilder Output, Task Reading) Collect(Process process, int frames, out Task playing)
    {
        var output = new System.Text.StringBuilder();
        var drawn = new TaskCompletionSource();
        playing = drawn.Task;
        var reading = Task.Run(async () =>
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, read);
                    if (output.ToString().Split("\u001b[?2026l").Length > frames)
                    {
                        drawn.TrySetResult();
                    }
                }
            }
        });
        return (output, reading);
    }

    private static async Task<byte[]> Decode(TempFolder dir, string file)
    {
        var raw = dir.File(file + ".rgb");
        (await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "error", "-y", "-i", file, "-f", "rawvideo", "-pix_fmt", "rgb24", raw }, dir.Path)).ExitCode.Should().Be(0);
        return File.ReadAllBytes(raw);
    }
}
