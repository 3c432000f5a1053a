using System.Text.Json;
using AsciiAssets.Encode.Outputs;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;
using SkiaSharp;

namespace AsciiAssets.Tests.Encode.Outputs;

/// <summary>One real render of a spec listing every output kind; each test reads back one kind's files.</summary>
public sealed class EveryKindRender : IDisposable
{
    public const string Yaml = """
        size: 320x180
        fps: 12
        seed: 3
        outputs:
          - mp4
          - webm
          - { type: gif, width: 160, fps: 6 }
          - { type: webp, width: 160, fps: 6 }
          - png
          - { type: poster, at: 2s }
          - { type: spritesheet, width: 80 }
          - html
        scenes:
          - start: 0s
            end: 5s
            layers:
              - field: plasma
                grid: lg
        """;

    public EveryKindRender()
    {
        Run = new OutputRun(Yaml);
        Summary = Run.Render();
    }

    public OutputRun Run { get; }

    public RenderSession.Summary Summary { get; }

    public void Dispose() => Run.Dispose();
}

public class OutputKindsTests(EveryKindRender render) : IClassFixture<EveryKindRender>
{
    private OutputRun Run => render.Run;

    [Fact]
    public void The_render_succeeds_without_errors()
    {
        Run.Diagnostics.Where(d => d.Severity == AsciiAssets.Diagnostics.Severity.Error).Should().BeEmpty();
        render.Summary.Rendered.Should().Be(1);
    }

    [Fact]
    public void Frames_are_rendered_once_for_every_output()
    {
        // Three tracks (H.264, VP9, lossless frames) and eight kinds, 60 frames: each rendered exactly once.
        var job = Run.Jobs.Single();
        job.Tracks.Select(t => t.Name).Should().Equal("mp4", "vp9", "frames");
        job.FramesDone.Should().Be(60);
    }

    [Fact]
    public void Mp4_is_h264_with_every_frame() =>
        OutputRun.Probe(Run.PathOf("demo.mp4")).Should().Match<(string Codec, string PixelFormat, int Width, int Height, int Frames, double Seconds, string Format)>(p =>
            p.Codec == "h264" && p.PixelFormat == "yuv420p" && p.Width == 320 && p.Height == 180 && p.Frames == 60 && Math.Abs(p.Seconds - 5) < 0.04 && p.Format.Contains("mp4"));

    [Fact]
    public void Webm_is_vp9_with_every_frame() =>
        OutputRun.Probe(Run.PathOf("demo.webm")).Should().Match<(string Codec, string PixelFormat, int Width, int Height, int Frames, double Seconds, string Format)>(p =>
            p.Codec == "vp9" && p.PixelFormat == "yuv444p" && p.Width == 320 && p.Height == 180 && p.Frames == 60 && Math.Abs(p.Seconds - 5) < 0.04 && p.Format.Contains("webm"));

    [Fact]
    public void Gif_has_its_own_size_and_rate() =>
        OutputRun.Probe(Run.PathOf("demo.gif")).Should().Match<(string Codec, string PixelFormat, int Width, int Height, int Frames, double Seconds, string Format)>(p =>
            p.Codec == "gif" && p.Width == 160 && p.Height == 90 && p.Frames == 30 && Math.Abs(p.Seconds - 5) < 0.2);

    [Fact]
    public void Webp_is_animated_with_its_own_size_and_rate()
    {
        using var codec = SKCodec.Create(Run.PathOf("demo.webp"));
        (codec.EncodedFormat, codec.Info.Width, codec.Info.Height, codec.FrameCount).Should().Be((SKEncodedImageFormat.Webp, 160, 90, 30));
        codec.FrameInfo.Sum(f => f.Duration).Should().BeCloseTo(5000, 20);
    }

    [Fact]
    public void Png_sequence_holds_exactly_the_rendered_frames()
    {
        var files = Directory.GetFiles(Run.PathOf("demo.frames")).Order().ToArray();
        files.Select(Path.GetFileName).Should().Equal(PngOutput.FrameFiles(60));
        var plan = TestRender.Plan(EveryKindRender.Yaml, AsciiAssets.Plan.QualityName.Draft);
        Rgb(files[59]).Should().Equal(TestRender.Frame(plan, 59), "the sequence comes from lossless frames");
    }

    [Fact]
    public void Poster_is_the_frame_at_its_time()
    {
        var plan = TestRender.Plan(EveryKindRender.Yaml, AsciiAssets.Plan.QualityName.Draft);
        Rgb(Run.PathOf("demo.poster.png")).Should().Equal(TestRender.Frame(plan, 24));
    }

    [Fact]
    public void Spritesheet_packs_every_frame_and_describes_it()
    {
        using var sheet = SKBitmap.Decode(Run.PathOf("demo.sheet-0.png"));
        (sheet.Width, sheet.Height).Should().Be((51 * 80, 2 * 45));
        File.Exists(Run.PathOf("demo.sheet-1.png")).Should().BeFalse();
        var json = JsonDocument.Parse(File.ReadAllText(Run.PathOf("demo.sheet.json"))).RootElement;
        json.GetProperty("fps").GetDouble().Should().Be(12);
        json.GetProperty("loop").GetBoolean().Should().BeTrue();
        var frames = json.GetProperty("frames");
        frames.GetArrayLength().Should().Be(60);
        var frame51 = frames[51];
        (frame51.GetProperty("sheet").GetInt32(), frame51.GetProperty("x").GetInt32(), frame51.GetProperty("y").GetInt32(), frame51.GetProperty("w").GetInt32(), frame51.GetProperty("h").GetInt32())
            .Should().Be((0, 0, 45, 80, 45));
        // Cells after the last frame are transparent.
        sheet.GetPixel(sheet.Width - 1, sheet.Height - 1).Alpha.Should().Be(0);
        sheet.GetPixel(1, 1).Alpha.Should().Be(255);
    }

    [Fact]
    public void Html_lists_the_webm_before_the_mp4_with_poster_and_size() =>
        File.ReadAllText(Run.PathOf("demo.html")).Should().Be("""
            <video autoplay muted loop playsinline poster="demo.poster.png" width="320" height="180">
              <source src="demo.webm" type="video/webm; codecs=vp09.01.40.08">
              <source src="demo.mp4" type="video/mp4">
            </video>

            """);

    [Fact]
    public void The_outputs_file_lists_every_delivered_file_and_no_staging_folder_is_left()
    {
        var listed = File.ReadAllLines(Path.Combine(Run.Folder, ".ascii-assets", "demo.mp4.outputs"));
        string Line(string kind, string file) => $"{kind}|{Run.SpecPath}|{Run.PathOf(file)}";
        listed.Should().Contain(new[] { Line("mp4", "demo.mp4"), Line("webm", "demo.webm"), Line("gif", "demo.gif"), Line("webp", "demo.webp"), Line("poster", "demo.poster.png"), Line("spritesheet", "demo.sheet-0.png"), Line("spritesheet", "demo.sheet.json"), Line("html", "demo.html"), Line("png", Path.Combine("demo.frames", "frame-00060.png")) });
        listed.Should().HaveCount(8 + 60);
        Directory.GetFileSystemEntries(Run.Folder, ".demo.*").Should().BeEmpty();
    }

    private static byte[] Rgb(string path)
    {
        using var bitmap = SKBitmap.Decode(path);
        var rgb = new byte[bitmap.Width * bitmap.Height * 3];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var i = (y * bitmap.Width + x) * 3;
                (rgb[i], rgb[i + 1], rgb[i + 2]) = (c.Red, c.Green, c.Blue);
            }
        }

        return rgb;
    }
}
