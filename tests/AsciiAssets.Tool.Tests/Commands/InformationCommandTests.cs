using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

[Collection(ToolCollection.Name)]
public class InformationCommandTests
{
    [Fact]
    public async Task List_shows_every_kind_with_parameters_and_defaults()
    {
        var result = await ToolProcess.RunToolAsync(Path.GetTempPath(), "list");

        result.ExitCode.Should().Be(0);
        result.StandardOutput.Should()
            .Contain("Fields (").And.Contain("Palettes (").And.Contain("Shaders (").And.Contain("Blend modes (").And.Contain("Colors (")
            .And.Contain("  plasma — Classic plasma")
            .And.MatchRegex(@"\n\s+scale\s+default 1\s+0\.01\.\.10\s+Spatial frequency")
            .And.Contain("Grid sizes: xs (8 px at 1080p)");
    }

    [Fact]
    public async Task Info_shows_hardware_ffmpeg_and_the_auto_profile()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var result = await ToolProcess.RunToolAsync(dir.Path, "info", "demo.video.yaml");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.StandardOutput.Should()
            .MatchRegex(@"Hardware:\s+\d+ cores, [\d.]+ GiB, \S+")
            .And.MatchRegex(@"ffmpeg:\s+/\S*ffmpeg")
            .And.MatchRegex(@"Encoders:.*libx264")
            .And.Contain("Hardware H.264: h264_nvenc failed its trial (Cannot load libcuda.so.1), h264_qsv failed its trial (")
            .And.MatchRegex(@"\nEncoder:\s+libx264 \(auto\)\n")
            .And.MatchRegex(@"demo\.video\.yaml: quality production \(auto: production\) → 160x90@12, 24 frames, CRF 20, ETA \d+s \([\d.]+ ms render \+ [\d.]+ ms encode per frame\)");
    }

    [Fact]
    public async Task Auto_picks_a_lower_profile_when_the_estimate_exceeds_the_budget()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma.Replace("size: 160x90", "size: landscape"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "info", "demo.video.yaml", "--budget", "1ms");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.StandardOutput.Should().MatchRegex(@"demo\.video\.yaml: quality draft \(auto: draft; production ETA \w+, preview ETA \w+ over the 1s budget\) → 960x540@12");
    }

    [Theory]
    [InlineData(new[] { "render", "--bogus", "x" }, "ascii-assets: error AA4001: Unknown option 'bogus'. Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "--workers", "0" }, "ascii-assets: error AA4001: --workers must be between 1 and 256, not 0. Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "--resolution", "641x360" }, "ascii-assets: error AA4001: --resolution 641x360 has an odd side; H.264 in yuv420p needs even width and height. Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "--encoder", "h264_nvnc" }, "ascii-assets: error AA4001: --encoder 'h264_nvnc' is not an encoder (did you mean 'h264_nvenc'?); use one of auto, libx264, h264_nvenc, h264_qsv, h264_vaapi, h264_videotoolbox, h264_amf. Run with --help for usage.")]
    [InlineData(new[] { "frobnicate" }, "ascii-assets: error AA4001: Unknown command 'frobnicate'. Run with --help for usage.")]
    public async Task Usage_errors_exit_with_2(string[] arguments, string expected)
    {
        var result = await ToolProcess.RunToolAsync(Path.GetTempPath(), arguments);

        result.ExitCode.Should().Be(2);
        result.StandardError.Trim().Should().Be(expected);
    }

    [Fact]
    public async Task Validate_reports_every_error_of_every_spec()
    {
        using var dir = new TempFolder();
        dir.Write("good.video.yaml", Specs.Plasma);
        dir.Write("bad.video.yaml", Specs.Plasma.Replace("grid: md", "grid: mdd").Replace("end: 2s", "end: 1.5s").Replace("fps: 12", "fps: 12\nduration: 2s"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "validate", ".");

        result.ExitCode.Should().Be(1);
        result.StandardError.Should().Contain($"{dir.File("bad.video.yaml")}(11,15): error AA1003: Unknown grid 'mdd'. Did you mean 'md'?");
        result.StandardOutput.Should().Contain("1 valid, 1 errors.");
    }
}
