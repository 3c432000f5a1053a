using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

[Collection(ToolCollection.Name)]
public class PreviewCommandTests
{
    [Fact]
    public async Task Writes_a_png_without_ffmpeg_that_matches_the_rendered_frame()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);
        var noFfmpeg = new Dictionary<string, string?> { ["PATH"] = "/nonexistent", ["ASCII_ASSETS_FFMPEG"] = null };

        var preview = await ToolProcess.RunToolAsync(dir.Path, noFfmpeg, "preview", "demo.video.yaml", "--at", "0.5s", "-o", "frame.png");
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".")).ExitCode.Should().Be(0);

        preview.ExitCode.Should().Be(0, preview.AllOutput);
        preview.StandardOutput.Should().Contain("frame 6 (0.5s) at 160x90");
        var png = File.ReadAllBytes(dir.File("frame.png"));
        png.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var previewPixels = await Decode(dir, "frame.png", seek: null);
        var videoPixels = await Decode(dir, "demo.mp4", seek: "0.5");
        previewPixels.Should().HaveCount(160 * 90 * 3);
        var difference = previewPixels.Zip(videoPixels, (a, b) => Math.Abs(a - b)).Average();
        difference.Should().BeLessThan(12, "the PNG is the frame the video shows at 0.5 s, before H.264's losses");
    }

    [Fact]
    public async Task A_bad_time_is_a_usage_error()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var result = await ToolProcess.RunToolAsync(dir.Path, "preview", "demo.video.yaml", "--at", "soon");

        result.ExitCode.Should().Be(2);
        result.StandardError.Trim().Should().Be("ascii-assets: error AA4001: --at 'soon' is not a time; write e.g. 2.5s, 1m20s, 500ms or 48f. Run with --help for usage.");
    }

    private static async Task<byte[]> Decode(TempFolder dir, string file, string? seek)
    {
        var raw = dir.File(file + ".rgb");
        var arguments = new List<string> { "-v", "error", "-y" };
        if (seek is not null)
        {
            arguments.AddRange(new[] { "-ss", seek });
        }

        arguments.AddRange(new[] { "-i", file, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", raw });
        (await ToolProcess.RunAsync("ffmpeg", arguments, dir.Path)).ExitCode.Should().Be(0);
        return File.ReadAllBytes(raw);
    }
}
