using System.Diagnostics;
using AsciiAssets.Caching;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Plan;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;
using SkiaSharp;

namespace AsciiAssets.Tests.Encode.Outputs;

/// <summary>One real render of a transparent spec whose MP4 and JPEG poster are flattened onto a matte colour.</summary>
public sealed class MatteRender : IDisposable
{
    public const string Yaml = """
        size: 160x90
        fps: 12
        seed: 3
        background: transparent
        outputs:
          - { type: mp4, matte: "#0b1020" }
          - { type: poster, at: 1s, format: jpeg, matte: "#0b1020" }
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: plasma
                grid: xl
                palette: blocks
                color: { type: fixed, color: "#ff5533", floor: 0.5 }
                mask: { type: circle, radius: 0.4, softness: 0.05 }
            shaders:
              - { type: bloom }
        """;

    public MatteRender()
    {
        Run = new OutputRun(Yaml);
        Run.Render();
    }

    public OutputRun Run { get; }

    public void Dispose() => Run.Dispose();
}

public class MatteOutputsTests(MatteRender render) : IClassFixture<MatteRender>
{
    private static readonly RgbColor Matte = new(0x0b, 0x10, 0x20);

    private OutputRun Run => render.Run;

    private static RenderPlan Plan => TestRender.Plan(MatteRender.Yaml, QualityName.Draft);

    [Fact]
    public void A_matte_answers_the_no_alpha_warning_and_its_mp4_reads_the_straight_rgba()
    {
        Run.Diagnostics.Where(d => d.Code == "AA2055" || d.Severity == Severity.Error).Should().BeEmpty("a matte is what the alpha becomes, so neither output warns");
        Run.Jobs.Single().Tracks.Select(t => (t.Name, t.Alpha)).Should().Equal(("mp4matte", true), ("frames", true));
    }

    [Fact]
    public void The_mp4_shows_the_frame_over_its_matte()
    {
        var probe = OutputRun.Probe(Run.PathOf("demo.mp4"));
        (probe.Codec, probe.PixelFormat, probe.Width, probe.Height, probe.Frames).Should().Be(("h264", "yuv420p", 160, 90, 24));
        var decoded = DecodedRgb(Run.PathOf("demo.mp4"), 12);
        var expected = OverMatte(TestRender.AlphaFrame(Plan, 12).Rgba);
        Pixel(decoded, 0, 0).Zip(Pixel(expected, 0, 0), (a, b) => Math.Abs(a - b)).Should().OnlyContain(d => d <= 3, "a corner lies outside the mask: the matte itself");
        MeanDifference(decoded, expected).Should().BeLessThan(4, "the whole frame is the rendered one over the matte, give or take H.264");
        MeanDifference(decoded, OverBlack(TestRender.AlphaFrame(Plan, 12).Rgba)).Should().BeGreaterThan(10, "over black it would differ");
    }

    [Fact]
    public void The_jpeg_poster_is_flattened_onto_the_same_matte()
    {
        using var bitmap = SKBitmap.Decode(Run.PathOf("demo.poster.jpg"));
        var decoded = bitmap.Pixels.SelectMany(p => new[] { p.Red, p.Green, p.Blue }).ToArray();
        var expected = OverMatte(TestRender.AlphaFrame(Plan, 12).Rgba);
        Pixel(decoded, 0, 0).Zip(Pixel(expected, 0, 0), (a, b) => Math.Abs(a - b)).Should().OnlyContain(d => d <= 3);
        MeanDifference(decoded, expected).Should().BeLessThan(4);
    }

    [Fact]
    public void A_matte_on_an_opaque_spec_is_warning_AA2056_at_the_key()
    {
        var loaded = TestRender.Parse(MatteRender.Yaml.Replace("background: transparent\n", string.Empty));
        SpecValidator.AlphaWarnings(loaded).Select(d => d.ToString()).Should().Equal(
            $"{loaded.Path}(5,25): warning AA2056: 'mp4' has a 'matte', but the spec is opaque: a matte shows only where a 'background: transparent' spec's frames are transparent, so this one changes nothing.",
            $"{loaded.Path}(6,50): warning AA2056: 'poster' has a 'matte', but the spec is opaque: a matte shows only where a 'background: transparent' spec's frames are transparent, so this one changes nothing.");
    }

    [Fact]
    public void A_matte_changes_the_whole_mp4s_key_and_no_segment_of_another_track()
    {
        var ffmpeg = FfmpegInstall.Locate(null);
        var keys = (string yaml) =>
        {
            var plan = TestRender.Plan(yaml, QualityName.Draft);
            return SegmentKeys.For(plan, SegmentPlanner.Plan(plan), ffmpeg);
        };
        var matte = keys(MatteRender.Yaml);
        var black = keys(MatteRender.Yaml.Replace("{ type: mp4, matte: \"#0b1020\" }", "mp4"));
        var otherMatte = keys(MatteRender.Yaml.Replace("#0b1020\" }\n", "#ffffff\" }\n"));
        matte.Segments.Select(s => s.Key).Should().Equal(black.Segments.Select(s => s.Key), "the frames are the same; each track adds its own part");
        new[] { matte.OutputKey, black.OutputKey, otherMatte.OutputKey }.Should().OnlyHaveUniqueItems();
    }

    /// <summary>Straight RGBA over the matte, c·a + m·(1 − a), rounded: what a player shows over a page of that colour.</summary>
    private static byte[] OverMatte(byte[] rgba) => Flatten(rgba, Matte);

    private static byte[] OverBlack(byte[] rgba) => Flatten(rgba, new RgbColor(0, 0, 0));

    private static byte[] Flatten(byte[] rgba, RgbColor matte)
    {
        var rgb = new byte[rgba.Length / 4 * 3];
        var background = new[] { matte.R, matte.G, matte.B };
        for (var i = 0; i < rgba.Length / 4; i++)
        {
            var alpha = rgba[i * 4 + 3];
            for (var c = 0; c < 3; c++)
            {
                rgb[i * 3 + c] = (byte)((rgba[i * 4 + c] * alpha + background[c] * (255 - alpha) + 127) / 255);
            }
        }

        return rgb;
    }

    private static byte[] Pixel(byte[] rgb, int x, int y) => rgb.AsSpan((y * 160 + x) * 3, 3).ToArray();

    private static double MeanDifference(byte[] a, byte[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();

    /// <summary>One frame of a video decoded to rgb24 with BT.709, as a browser converts it.</summary>
    private static byte[] DecodedRgb(string path, int frame)
    {
        var arguments = new[] { "-v", "error", "-i", path, "-vf", $"select=eq(n\\,{frame}),scale=in_color_matrix=bt709:in_range=tv,format=rgb24", "-frames:v", "1", "-f", "rawvideo", "pipe:1" };
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardOutput = true })!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
        return bytes.ToArray();
    }
}
