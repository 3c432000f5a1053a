using AsciiAssets.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AsciiAssets.Build.Tests.Tasks;

public sealed class EngineLogReporterTests
{
    private const string Output = "/proj/obj/Debug/net10.0/asciivideo/videos/intro.mp4";

    private readonly RecordingBuildEngine _engine = new();
    private readonly EngineLogReporter _reporter;

    public EngineLogReporterTests()
    {
        var task = new RenderAsciiVideos { BuildEngine = _engine };
        _reporter = new EngineLogReporter(new TaskLoggingHelper(task), "test.csproj", new Dictionary<string, string> { [Output] = "videos/intro.mp4" });
    }

    [Fact]
    public void An_engine_error_becomes_an_msbuild_error_at_the_spec_position()
    {
        _reporter.Report("/proj/videos/intro.video.yaml(4,1): error AA1002: Unknown key 'bogus' in the spec.");

        var error = _engine.Errors.Should().ContainSingle().Subject;
        (error.File, error.LineNumber, error.ColumnNumber, error.Code).Should().Be(("/proj/videos/intro.video.yaml", 4, 1, "AA1002"));
        error.Message.Should().Be("Unknown key 'bogus' in the spec.");
        _reporter.ErrorCount.Should().Be(1);
    }

    [Fact]
    public void An_engine_warning_becomes_an_msbuild_warning()
    {
        _reporter.Report("/proj/videos/intro.video.yaml(9,3): warning AA2003: Something to look at.");

        var warning = _engine.Warnings.Should().ContainSingle().Subject;
        (warning.LineNumber, warning.ColumnNumber, warning.Code).Should().Be((9, 3, "AA2003"));
    }

    [Fact]
    public void Why_a_video_renders_is_a_normal_message_and_why_it_is_skipped_a_detailed_one()
    {
        _reporter.Report("info: intro.mp4: audio music.wav changed");
        _reporter.Report("detail: outro.mp4: up to date");

        _engine.Messages.Select(m => (m.Message, m.Importance)).Should().Equal(
            ("intro.mp4: audio music.wav changed", MessageImportance.Normal),
            ("outro.mp4: up to date", MessageImportance.Low));
    }

    [Fact]
    public void A_rendered_video_is_announced_by_its_path_in_the_output_and_counts_as_finished()
    {
        _reporter.Report("rendered: " + Output);

        _engine.Messages.Should().ContainSingle(m => m.Message == "AsciiVideo: rendered videos/intro.mp4" && m.Importance == MessageImportance.High);
        _reporter.Finished(Output).Should().BeTrue();
    }

    [Fact]
    public void Up_to_date_counts_as_finished_and_failed_does_not()
    {
        _reporter.Report("uptodate: " + Output);
        _reporter.Report("failed: /proj/obj/other.mp4");

        _reporter.Finished(Output).Should().BeTrue();
        _reporter.Finished("/proj/obj/other.mp4").Should().BeFalse();
        _engine.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Braces_in_a_message_are_text_not_a_format()
    {
        _reporter.Report("info: layer {0} uses {fire}");

        _engine.Messages.Should().ContainSingle().Which.Message.Should().Be("layer {0} uses {fire}");
    }

    /// <summary>The engine's line when ffmpeg is not on PATH, once for each video that needed it.</summary>
    private const string FfmpegNotFound =
        "ascii-assets: error AA3001: ffmpeg was not found (not on PATH and ASCII_ASSETS_FFMPEG is not set). Install it: Debian/Ubuntu `sudo apt-get install ffmpeg`. Or point --ffmpeg or ASCII_ASSETS_FFMPEG at the executable.";

    [Fact]
    public void A_missing_ffmpeg_is_one_error_at_the_project_that_names_the_builds_properties()
    {
        _reporter.Report(FfmpegNotFound);
        _reporter.Report(FfmpegNotFound);

        var error = _engine.Errors.Should().ContainSingle().Subject;
        (error.File, error.Code).Should().Be(("test.csproj", "AA3001"));
        error.Message.Should().StartWith("ffmpeg was not found (not on PATH and ASCII_ASSETS_FFMPEG is not set). Install it:")
            .And.Contain("the AsciiVideoFfmpegPath property").And.Contain("SkipAsciiVideoRendering=true").And.Contain("AsciiVideoMissingFfmpeg=warning")
            .And.NotContain("--ffmpeg");
        (_reporter.ErrorCount, _reporter.FfmpegMissing).Should().Be((1, true));
    }

    [Fact]
    public void With_AsciiVideoMissingFfmpeg_warning_a_missing_ffmpeg_is_one_warning_and_no_error()
    {
        var reporter = new EngineLogReporter(new TaskLoggingHelper(new RenderAsciiVideos { BuildEngine = _engine }), "test.csproj", new Dictionary<string, string>(), missingFfmpegIsWarning: true);

        reporter.Report(FfmpegNotFound);
        reporter.Report(FfmpegNotFound);

        var warning = _engine.Warnings.Should().ContainSingle().Subject;
        (warning.File, warning.Code).Should().Be(("test.csproj", "AA5008"));
        warning.Message.Should().Contain("the videos of earlier builds are kept").And.NotContain("--ffmpeg");
        _engine.Errors.Should().BeEmpty();
        (reporter.ErrorCount, reporter.FfmpegMissing).Should().Be((0, true));
    }
}
