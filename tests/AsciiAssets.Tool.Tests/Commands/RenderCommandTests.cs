using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

[Collection(ToolCollection.Name)]
public class RenderCommandTests
{
    [Fact]
    public async Task Renders_h264_with_the_specs_size_fps_frames_and_audio()
    {
        using var dir = new TempFolder();
        await Media.ToneAsync(dir.Path, 3);
        dir.Write("demo.video.yaml", Specs.WithAudio("tone.wav"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "demo.video.yaml", "--out-dir", "out");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.StandardOutput.Should().Contain("demo.mp4: first render").And.Contain("1 rendered, 0 up to date.")
            .And.Contain("demo.mp4: 160x90@12, CRF 20, 24 frames")
            .And.MatchRegex(@"\nRendering 1 video \(24 frames\) on \d+ workers?: \d+ cores, [\d.]+ GiB, \S+, ffmpeg [\d.]+ \(libx264\), ETA \d+s\n");
        var streams = await Media.ProbeAsync(dir.File("out/demo.mp4"));
        var video = streams.Single(s => s.CodecType == "video");
        video.Should().BeEquivalentTo(new { CodecName = "h264", PixelFormat = "yuv420p", Width = 160, Height = 90, FrameRate = "12/1", Frames = 24, ColorSpace = "bt709" });
        var audio = streams.Single(s => s.CodecType == "audio");
        audio.CodecName.Should().Be("aac");
        audio.Duration.Should().BeApproximately(2.0, 0.1, "the 3 s track is cut to the video's length");
        Directory.GetFiles(dir.File("out")).Select(Path.GetFileName).Should().Equal("demo.mp4");
        (await Media.MeanBrightnessAsync(dir.File("out/demo.mp4"), 0.5)).Should().BeGreaterThan(15, "an active section is brighter than the reference's threshold");
        (await Media.MeanBrightnessAsync(dir.File("out/demo.mp4"), 1.5)).Should().BeGreaterThan(15);
    }

    [Fact]
    public async Task Progress_lines_name_every_file_a_video_writes()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma.Replace("seed: 5", "seed: 5\noutputs: [mp4, webm]"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "demo.video.yaml", "--out-dir", "out");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.StandardOutput.Should().MatchRegex(@"\ndemo\.mp4, demo\.webm: 50% \(\d+/24 frames, [\d.]+s, ETA \S+\)\n")
            .And.MatchRegex($@"\ndemo\.mp4, demo\.webm: rendered 24 frames in [\d.]+s → {System.Text.RegularExpressions.Regex.Escape(dir.File("out") + "/")}\n");
    }

    [Fact]
    public async Task Renders_only_what_changed()
    {
        using var dir = new TempFolder();
        var tone = await Media.ToneAsync(dir.Path, 3);
        var spec = dir.Write("demo.video.yaml", Specs.WithAudio("tone.wav"));
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".")).ExitCode.Should().Be(0);
        var output = dir.File("demo.mp4");
        var firstWrite = File.GetLastWriteTimeUtc(output);

        File.SetLastWriteTimeUtc(spec, DateTime.UtcNow.AddMinutes(1));
        File.AppendAllText(spec, "# a comment changes nothing\n");
        var touched = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--verbosity", "detailed");
        touched.StandardOutput.Should().Contain("demo.mp4: up to date").And.Contain("0 rendered, 1 up to date.");
        File.GetLastWriteTimeUtc(output).Should().Be(firstWrite);

        await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=220:duration=3", tone }, dir.Path);
        var audioChanged = await ToolProcess.RunToolAsync(dir.Path, "render", ".");
        audioChanged.StandardOutput.Should().Contain("demo.mp4: audio tone.wav changed");

        File.WriteAllText(spec, Specs.WithAudio("tone.wav").Replace("seed: 5", "seed: 6"));
        var edited = await ToolProcess.RunToolAsync(dir.Path, "render", ".");
        edited.StandardOutput.Should().Contain("demo.mp4: spec changed");

        var quality = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--quality", "draft");
        quality.StandardOutput.Should().Contain("demo.mp4: settings changed");
    }

    [Fact]
    public async Task A_misspelt_key_is_a_coded_error_with_its_position_and_exit_code_1()
    {
        using var dir = new TempFolder();
        dir.Write("typo.video.yaml", Specs.Plasma.Replace("fps: 12", "fsp: 12"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "typo.video.yaml");

        result.ExitCode.Should().Be(1);
        result.StandardError.Trim().Should().Be($"{dir.File("typo.video.yaml")}(2,1): error AA1002: Unknown key 'fsp' in the spec. Did you mean 'fps'?");
        result.AllOutput.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Many_one_frame_scenes_join_into_a_video_of_exactly_their_length()
    {
        // Thirty one-frame scenes are thirty segments; each one-frame file alone is a little longer than its frame.
        using var dir = new TempFolder();
        dir.Write("cuts.video.yaml", "size: 64x36\nfps: 24\nscenes:\n" + string.Concat(Enumerable.Range(0, 30).Select(i =>
            $"  - start: {i}f\n    end: {i + 1}f\n    layers:\n      - field: {(i % 2 == 0 ? "plasma" : "rings")}\n")));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--encoder", "libx264");

        result.ExitCode.Should().Be(0, result.AllOutput);
        var video = (await Media.ProbeAsync(dir.File("cuts.mp4"))).Single(s => s.CodecType == "video");
        video.Frames.Should().Be(30);
        // Without the exact lengths each segment adds about a third of a millisecond: 10 ms here.
        video.Duration.Should().BeApproximately(30 / 24.0, 0.002, "the join gives each segment its exact length");
    }

    [Fact]
    public async Task A_bad_spec_does_not_stop_the_good_one()
    {
        using var dir = new TempFolder();
        dir.Write("good.video.yaml", Specs.Plasma);
        dir.Write("bad.video.yaml", Specs.Plasma.Replace("160x90", "161x90"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".");

        result.ExitCode.Should().Be(1);
        result.StandardError.Should().Contain($"{dir.File("bad.video.yaml")}(1,7): error AA1008: Size 161x90 has an odd width; H.264 in yuv420p needs even width and height.");
        File.Exists(dir.File("good.mp4")).Should().BeTrue();
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public Task A_failed_encode_keeps_the_previous_output_and_exits_3() =>
        // Answers the version probe like ffmpeg, then fails every real command.
        AssertFailedRenderKeepsThePreviousOutputAsync(
            "#!/bin/sh\n[ \"$1\" = -version ] && exec ffmpeg -version\necho 'Conversion failed: disk on fire' >&2\nexit 1\n",
            "error AA3002: ffmpeg failed while measuring the encoding speed: exit code 1: Conversion failed: disk on fire");

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public Task An_encoder_that_fails_on_a_later_segment_fails_the_video_and_keeps_the_previous_output() =>
        // Real ffmpeg, but the second segment's encode reads at its frame rate (-re) and is killed after 0.4 s, mid-segment,
        // while the first segment's encode may still be finishing.
        AssertFailedRenderKeepsThePreviousOutputAsync(
            // The frames arrive on standard input, which a background job would lose to /dev/null: it gets a copy (fd 3).
            "#!/bin/sh\ncase \"$*\" in *-00001.mp4*) exec 3<&0; ffmpeg -re \"$@\" 2>/dev/null <&3 & sleep 0.4; kill -9 $!; echo 'Conversion failed: disk on fire' >&2; exit 1;; esac\nexec ffmpeg \"$@\"\n",
            "error AA3002: ffmpeg failed while encoding segment 2 of demo.mp4: exit code 1: Conversion failed: disk on fire",
            "--workers", "1");

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static async Task AssertFailedRenderKeepsThePreviousOutputAsync(string fakeFfmpeg, string error, params string[] options)
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".")).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(dir.File("demo.mp4"));
        var fake = dir.WriteScript("broken/ffmpeg", fakeFfmpeg);

        var result = await ToolProcess.RunToolAsync(dir.Path, ["render", ".", "--force", "--ffmpeg", fake, .. options]);

        result.ExitCode.Should().Be(3, result.AllOutput);
        result.StandardError.Should().Contain(error);
        File.ReadAllBytes(dir.File("demo.mp4")).Should().Equal(before);
        Directory.GetFiles(dir.Path, "*.tmp*").Should().BeEmpty();
        File.Exists(dir.File(".ascii-assets/demo.mp4.fingerprint")).Should().BeFalse("a failed render is never up to date");
    }

    [Fact]
    public async Task Missing_ffmpeg_says_how_to_install_it()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var result = await ToolProcess.RunToolAsync(dir.Path, new Dictionary<string, string?> { ["PATH"] = "/nonexistent", ["ASCII_ASSETS_FFMPEG"] = null }, "render", ".");

        result.ExitCode.Should().Be(3);
        result.StandardError.Should().Contain("ascii-assets: error AA3001: ffmpeg was not found (not on PATH and ASCII_ASSETS_FFMPEG is not set). Install it: Debian/Ubuntu `sudo apt-get install ffmpeg`; macOS `brew install ffmpeg`; Windows `winget install Gyan.FFmpeg`.");
    }

    [Fact]
    public async Task Dark_sections_are_warned_with_their_time_and_mean()
    {
        using var dir = new TempFolder();
        var spec = dir.Write("dark.video.yaml", """
            size: 96x54
            fps: 12
            scenes:
              - start: 0s
                end: 1s
                layers:
                  - field: plasma
              - start: 1s
                end: 3s
                layers:
                  - field: plasma
                    color: { type: fixed, color: "#000000" }
            """);

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".");

        result.ExitCode.Should().Be(0, "a warning does not fail the render");
        result.Lines("AA2002").Should().Equal($"{spec}: warning AA2002: dark.mp4 is dark from 1s to 3s: mean brightness 2.0 of 255, below 5.");
    }

    [Fact]
    public async Task Characters_the_font_lacks_are_named_once_and_left_out()
    {
        using var dir = new TempFolder();
        var spec = dir.Write("glyphs.video.yaml", Specs.Plasma.Replace("grid: md", "grid: md\n        palette: { type: custom, chars: \" .ᚠ@\" }"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "2");

        result.ExitCode.Should().Be(0);
        result.Lines("AA2001").Should().Equal($"{spec}(11,18): warning AA2001: The font has no glyph for 'ᚠ' (U+16A0); they are left out of palette 'custom'.");
    }

    [Fact]
    public async Task Worker_counts_give_identical_frames()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", """
            size: 96x54
            fps: 12
            seed: 11
            scenes:
              - start: 0s
                end: 5s
                layers:
                  - field: plasma
                feedback: { decay: 0.7, transform: zoom }
              - start: 5s
                end: 9s
                layers:
                  - field: { type: plasma, scale: 3 }
            """);
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--out-dir", "one")).ExitCode.Should().Be(0);
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--out-dir", "three")).ExitCode.Should().Be(0);

        var one = await Media.FrameMd5Async(dir.File("one/demo.mp4"));
        var three = await Media.FrameMd5Async(dir.File("three/demo.mp4"));

        one.Should().HaveCount(108).And.Equal(three);
    }
}
