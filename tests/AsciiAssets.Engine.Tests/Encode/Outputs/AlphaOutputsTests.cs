using System.Diagnostics;
using System.Text.Json;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;
using SkiaSharp;

namespace AsciiAssets.Tests.Encode.Outputs;

/// <summary>One real render of a transparent spec to every kind that keeps alpha, and two that cannot.</summary>
public sealed class TransparentRender : IDisposable
{
    public const string Yaml = """
        size: 160x90
        fps: 12
        seed: 3
        background: transparent
        outputs:
          - mp4
          - webm
          - mov
          - png
          - { type: poster, at: 1s }
          - { type: spritesheet, width: 80 }
          - { type: gif, width: 80, fps: 6 }
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

    public TransparentRender()
    {
        Run = new OutputRun(Yaml);
        Summary = Run.Render();
    }

    public OutputRun Run { get; }

    public RenderSession.Summary Summary { get; }

    public void Dispose() => Run.Dispose();
}

public class AlphaOutputsTests(TransparentRender render) : IClassFixture<TransparentRender>
{
    private OutputRun Run => render.Run;

    private static AsciiAssets.Plan.RenderPlan Plan => TestRender.Plan(TransparentRender.Yaml, AsciiAssets.Plan.QualityName.Draft);

    [Fact]
    public void Renders_every_kind_and_warns_at_each_kind_that_cannot_carry_alpha()
    {
        render.Summary.Rendered.Should().Be(1);
        Run.Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty();
        Run.Diagnostics.Where(d => d.Code == "AA2055").Select(d => d.ToString()).Should().BeEquivalentTo(
            $"{Run.SpecPath}(6,5): warning AA2055: 'mp4' cannot carry alpha: with 'background: transparent' it shows the frames over black.",
            $"{Run.SpecPath}(12,5): warning AA2055: 'gif' cannot carry alpha: with 'background: transparent' it shows the frames over black.");
    }

    [Fact]
    public void Frames_go_once_to_an_alpha_track_per_codec_and_over_black_to_the_mp4()
    {
        var job = Run.Jobs.Single();
        job.Tracks.Select(t => (t.Name, t.Alpha)).Should().Equal(("mp4", false), ("vp9a", true), ("prores4444a", true), ("frames", true));
        job.FramesDone.Should().Be(24);
    }

    [Fact]
    public void Webm_is_vp9_whose_alpha_ffprobe_shows_as_the_alpha_mode_tag_and_libvpx_decodes()
    {
        var probe = OutputRun.Probe(Run.PathOf("demo.webm"));
        (probe.Codec, probe.PixelFormat, probe.Width, probe.Height, probe.Frames).Should().Be(("vp9", "yuv420p", 160, 90, 24));
        Tags(Run.PathOf("demo.webm")).Should().ContainKey("ALPHA_MODE").WhoseValue.Should().Be("1");
        using var frame = Decode(Run.PathOf("demo.webm"), 12, "libvpx-vp9");
        frame.GetPixel(0, 0).Alpha.Should().BeLessThan(8, "the corners lie outside the mask");
        frame.Pixels.Max(p => p.Alpha).Should().BeGreaterThan(240, "the glyph blocks inside the circle are opaque");
    }

    [Fact]
    public void Mov_is_prores_4444_with_an_alpha_plane()
    {
        var probe = OutputRun.Probe(Run.PathOf("demo.mov"));
        (probe.Codec, probe.PixelFormat, probe.Width, probe.Height, probe.Frames).Should().Be(("prores", "yuva444p12le", 160, 90, 24));
        probe.Seconds.Should().BeApproximately(2, 0.05);
        using var frame = Decode(Run.PathOf("demo.mov"), 12, null);
        frame.GetPixel(0, 0).Alpha.Should().Be(0);
        frame.Pixels.Max(p => p.Alpha).Should().Be(255);
    }

    [Fact]
    public void Png_frames_are_exactly_the_rendered_straight_rgba()
    {
        var file = Run.PathOf(Path.Combine("demo.frames", "frame-00013.png"));
        ColourType(file).Should().Be(6, "RGBA");
        Rgba(file).Should().Equal(TestRender.AlphaFrame(Plan, 12).Rgba, "the sequence comes from lossless RGBA frames");
    }

    [Fact]
    public void Poster_is_the_rgba_frame_at_its_time() =>
        Rgba(Run.PathOf("demo.poster.png")).Should().Equal(TestRender.AlphaFrame(Plan, 12).Rgba);

    [Fact]
    public void Spritesheet_cells_keep_the_alpha()
    {
        var sheet = Run.PathOf("demo.sheet-0.png");
        ColourType(sheet).Should().Be(6);
        using var bitmap = SKBitmap.Decode(sheet);
        bitmap.GetPixel(0, 0).Alpha.Should().Be(0, "a frame's corner is transparent");
        bitmap.GetPixel(40, 22).Alpha.Should().BeGreaterThan(0, "its middle is drawn");
    }

    [Fact]
    public void Gif_and_mp4_still_render_over_black()
    {
        OutputRun.Probe(Run.PathOf("demo.mp4")).Frames.Should().Be(24);
        OutputRun.Probe(Run.PathOf("demo.gif")).Frames.Should().Be(12);
        using var frame = Decode(Run.PathOf("demo.mp4"), 12, null);
        var corner = frame.GetPixel(0, 0);
        (corner.Red + corner.Green + corner.Blue).Should().BeLessThan(24, "transparency over black is black");
    }

    private static Dictionary<string, string> Tags(string path)
    {
        var info = new ProcessStartInfo("ffprobe", new[] { "-v", "error", "-print_format", "json", "-show_entries", "stream_tags", path }) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var json = JsonDocument.Parse(process.StandardOutput.ReadToEnd()).RootElement;
        process.WaitForExit();
        return json.GetProperty("streams")[0].GetProperty("tags").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    /// <summary>One frame decoded to an RGBA PNG (VP9's alpha needs the libvpx decoder; ffmpeg's own ignores it).</summary>
    private static SKBitmap Decode(string path, int frame, string? decoder)
    {
        var png = Path.Combine(Path.GetDirectoryName(path)!, $"decoded-{Path.GetFileName(path)}-{frame}.png");
        var arguments = new List<string> { "-v", "error" };
        if (decoder is not null)
        {
            arguments.AddRange(new[] { "-c:v", decoder });
        }

        arguments.AddRange(new[] { "-i", path, "-vf", $"select=eq(n\\,{frame}),format=rgba", "-frames:v", "1", "-y", png });
        using (var process = Process.Start(new ProcessStartInfo("ffmpeg", arguments))!)
        {
            process.WaitForExit();
            process.ExitCode.Should().Be(0);
        }

        return SKBitmap.Decode(png);
    }

    private static int ColourType(string png) => File.ReadAllBytes(png)[25];

    /// <summary>The PNG's straight RGBA bytes, decoded without premultiplying (which would round the colours of translucent pixels).</summary>
    private static byte[] Rgba(string path)
    {
        using var codec = SKCodec.Create(path);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = SKBitmap.Decode(codec, info);
        return bitmap.Bytes;
    }
}

/// <summary>The alpha checks fail files that lost their alpha (AA3035), with what is missing.</summary>
public class AlphaCheckTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ascii-assets-alpha-check", Guid.NewGuid().ToString("N"));

    public AlphaCheckTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_webm_without_the_alpha_mode_tag_fails()
    {
        var path = Ffmpeg("opaque.webm", "-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p");
        var expected = new MediaExpectation("webm", "vp9", "yuv420p", 64, 36, 6, 0.5, 0.05) { Alpha = AlphaExpectation.AlphaModeTag };
        var check = () => OutputCheck.VerifyAsync(FfmpegInstall.Locate(null), path, "demo.webm", expected, CancellationToken.None).GetAwaiter().GetResult();
        check.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString().Should().Be(
            "ascii-assets: error AA3035: demo.webm failed its alpha check after encoding: its video track has no ALPHA_MODE 1 tag, so players show it opaque; the previous output is unchanged.");
    }

    [Fact]
    public void A_mov_without_an_alpha_plane_fails()
    {
        var path = Ffmpeg("opaque.mov", "-c:v", "prores_ks", "-profile:v", "4444", "-pix_fmt", "yuv444p10le");
        var expected = new MediaExpectation("mov", "prores", null, 64, 36, 6, 0.5, 0.05) { Alpha = AlphaExpectation.PixelFormat };
        var check = () => OutputCheck.VerifyAsync(FfmpegInstall.Locate(null), path, "demo.mov", expected, CancellationToken.None).GetAwaiter().GetResult();
        check.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString().Should().Contain("AA3035: demo.mov failed its alpha check after encoding: its pixel format yuv444p12le has no alpha plane");
    }

    [Fact]
    public void An_rgb_png_and_an_all_opaque_rgba_png_fail()
    {
        var rgb = Path.Combine(_folder, "rgb.png");
        var opaque = Path.Combine(_folder, "opaque.png");
        var clear = Path.Combine(_folder, "clear.png");
        Write(rgb, SKColorType.Rgb888x, 255);
        Write(opaque, SKColorType.Rgba8888, 255);
        Write(clear, SKColorType.Rgba8888, 0);

        var typed = () => OutputCheck.VerifyAlphaImages(new[] { rgb }, "demo.frames");
        typed.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().Message.Should().Be(
            "demo.frames failed its alpha check after encoding: rgb.png is a PNG of colour type 2, not 6 (RGBA); the previous output is unchanged.");
        var opaqueOnly = () => OutputCheck.VerifyAlphaImages(new[] { opaque }, "demo.frames");
        opaqueOnly.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().Message.Should().Contain("every pixel is opaque");
        OutputCheck.VerifyAlphaImages(new[] { opaque, clear }, "demo.frames");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Ffmpeg(string name, params string[] encoder)
    {
        var path = Path.Combine(_folder, name);
        var arguments = new List<string> { "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=64x36:r=12:d=0.5" };
        arguments.AddRange(encoder);
        arguments.AddRange(new[] { "-y", path });
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", arguments))!;
        process.WaitForExit();
        return path;
    }

    private static void Write(string path, SKColorType type, byte alpha)
    {
        // Skia writes an opaque-typed bitmap as an RGB PNG (colour type 2).
        using var bitmap = new SKBitmap(new SKImageInfo(8, 8, type, type == SKColorType.Rgb888x ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(200, 100, 50, alpha));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
