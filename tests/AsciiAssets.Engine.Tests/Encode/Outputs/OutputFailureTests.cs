using System.Text.Json;
using AsciiAssets.Diagnostics;
using AsciiAssets.Tests.Support;
using SkiaSharp;

namespace AsciiAssets.Tests.Encode.Outputs;

/// <summary>Sprite sheets split at the texture limit, kinds limited with --output, and kinds that fail (a broken or lying ffmpeg, a missing encoder) keeping their previous files.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class OutputFailureTests
{
    private const string Spec = """
        size: 320x180
        fps: 12
        seed: SEED
        outputs:
          - webm
          - { type: gif, width: 160 }
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: plasma
                grid: lg
        """;

    [Fact]
    public void Sprite_sheets_split_at_4096_pixels()
    {
        // 1024x576 frames: four columns and seven rows fit 4096 px, so 29 frames take a full sheet of 28 and a second one.
        using var run = new OutputRun("""
            size: 1024x576
            fps: 12
            outputs:
              - { type: spritesheet, width: 1024 }
            scenes:
              - start: 0s
                end: 29f
                layers:
                  - field: plasma
                    grid: xl
            """);
        run.Render().Failed.Should().Be(0);

        foreach (var sheet in new[] { "demo.sheet-0.png", "demo.sheet-1.png" })
        {
            using var codec = SKCodec.Create(run.PathOf(sheet));
            (codec.Info.Width, codec.Info.Height).Should().Be((4096, 4032));
        }

        File.Exists(run.PathOf("demo.sheet-2.png")).Should().BeFalse();
        var frames = JsonDocument.Parse(File.ReadAllText(run.PathOf("demo.sheet.json"))).RootElement.GetProperty("frames");
        frames.GetArrayLength().Should().Be(29);
        (frames[27].GetProperty("sheet").GetInt32(), frames[27].GetProperty("x").GetInt32(), frames[27].GetProperty("y").GetInt32()).Should().Be((0, 3072, 3456));
        (frames[28].GetProperty("sheet").GetInt32(), frames[28].GetProperty("x").GetInt32(), frames[28].GetProperty("y").GetInt32()).Should().Be((1, 0, 0));
    }

    [Fact]
    public void Output_limits_a_run_to_the_kinds_named()
    {
        using var run = new OutputRun(Spec.Replace("SEED", "1"));
        run.Render(only: new[] { "gif" }).Failed.Should().Be(0);

        File.Exists(run.PathOf("demo.gif")).Should().BeTrue();
        File.Exists(run.PathOf("demo.webm")).Should().BeFalse();
        run.Jobs.Single().Tracks.Select(t => t.Name).Should().Equal("frames");
    }

    [Fact]
    public void A_kind_whose_ffmpeg_fails_keeps_its_previous_file_while_the_others_are_replaced()
    {
        using var run = new OutputRun(Spec.Replace("SEED", "1"));
        run.Render().Failed.Should().Be(0);
        var gif = File.ReadAllBytes(run.PathOf("demo.gif"));
        var webm = File.ReadAllBytes(run.PathOf("demo.webm"));
        File.WriteAllText(run.SpecPath, Spec.Replace("SEED", "2"));

        var summary = run.Render(FakeFfmpeg(run, "case \"$*\" in *.gif*) echo 'no palette today' >&2; exit 1;; esac"));

        summary.Failed.Should().Be(1);
        run.Diagnostics.Should().ContainSingle(d => d.Severity == Severity.Error).Which.ToString().Should().Contain("error AA3002: ffmpeg failed while writing demo.gif: exit code 1: no palette today");
        File.ReadAllBytes(run.PathOf("demo.gif")).Should().Equal(gif);
        File.ReadAllBytes(run.PathOf("demo.webm")).Should().NotEqual(webm, "the webm of the new seed passed its check");
        Directory.GetFileSystemEntries(run.Folder, ".demo.*").Should().BeEmpty();
    }

    [Fact]
    public void A_kind_whose_file_fails_its_check_keeps_its_previous_file()
    {
        using var run = new OutputRun(Spec.Replace("SEED", "1"));
        run.Render().Failed.Should().Be(0);
        var gif = File.ReadAllBytes(run.PathOf("demo.gif"));
        File.WriteAllText(run.SpecPath, Spec.Replace("SEED", "2"));

        // An ffmpeg that reports success for a GIF of the wrong size.
        run.Render(FakeFfmpeg(run, "case \"$*\" in *.gif*) for last; do :; done; exec ffmpeg -v error -f lavfi -i testsrc=s=32x32:r=12 -frames:v 24 -y \"$last\";; esac"));

        run.Diagnostics.Should().ContainSingle(d => d.Severity == Severity.Error).Which.ToString()
            .Should().Contain("error AA3008: demo.gif failed its check after encoding: it holds gif 32x32, not gif 160x90; the previous output is unchanged.");
        File.ReadAllBytes(run.PathOf("demo.gif")).Should().Equal(gif);
    }

    [Fact]
    public void Av1_without_libsvtav1_is_a_coded_error_before_anything_renders()
    {
        using var run = new OutputRun(Spec.Replace("SEED", "1").Replace("  - webm", "  - { type: webm, codec: av1 }"));

        run.Render(FakeFfmpeg(run, "case \"$*\" in *-encoders*) ffmpeg \"$@\" | grep -v svtav1; exit 0;; esac")).Failed.Should().Be(1);

        run.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
            $"{run.SpecPath}(5,5): error AA3030: The 'webm' output needs ffmpeg's libsvtav1 encoder, which {run.PathOf("broken/ffmpeg")} does not have.");
        run.Jobs.Should().BeEmpty();
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "  - gif\n  - gif", "(6,5): error AA1130: 'outputs' lists 'gif' twice; both would write the same files named after 'test'." },
        { "  - html", "(5,5): error AA1131: The 'html' output needs a video to play, but 'outputs' lists neither 'webm' nor 'mp4'." },
        { "  - { type: poster, at: 3s }", "(5,25): error AA1132: The poster's 'at' (3s) is past the end of the video (2s)." },
        { "  - { type: spritesheet, width: 512, max_side: 256 }", "(5,33): error AA1053: 'width' of output 'spritesheet' is wider than 'max_side' (256), so no frame fits on a sheet." },
        { "  - { type: webm, speed: 9 }", "(5,26): error AA1053: 'speed' of output 'webm' is above 8, VP9's fastest cpu-used." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Bad_outputs_are_reported_at_their_entry(string outputs, string expected)
    {
        var yaml = Spec.Replace("SEED", "1").Replace("  - webm\n  - { type: gif, width: 160 }", outputs);

        var act = () => TestRender.Parse(yaml);

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString().Should().EndWith(expected);
    }

    /// <summary>An ffmpeg that runs the real one except where <paramref name="cases"/> (a shell case statement) says otherwise.</summary>
    private static string FakeFfmpeg(OutputRun run, string cases)
    {
        var path = run.PathOf("broken/ffmpeg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"#!/bin/sh\n{cases}\nexec ffmpeg \"$@\"\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
