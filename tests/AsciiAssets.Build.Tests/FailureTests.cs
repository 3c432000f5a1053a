using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

public sealed class FailureTests
{
    [Fact]
    public void A_bad_spec_fails_the_build_at_its_line_while_the_good_one_renders_and_stays_failed_until_fixed()
    {
        var project = ConsumerProject.Console("Failure");
        project.Write("videos/bad.video.yaml", Specs.UnknownKeyOnLine4);
        project.Write("videos/good.video.yaml", Specs.Tiny(seed: 7));
        var good = project.RenderedVideo("videos/good.mp4");
        var bad = project.RenderedVideo("videos/bad.mp4");

        var first = project.Build();

        first.ExitCode.Should().Be(1, first.ToString());
        first.Output.Should().MatchRegex(@"videos[/\\]bad\.video\.yaml\(4,1\): error AA1002: ");
        Media.IsMp4(good).Should().BeTrue("the other specs still render");
        File.Exists(bad).Should().BeFalse();
        File.Exists(bad + ".fingerprint").Should().BeFalse();
        var rendered = File.GetLastWriteTimeUtc(good);

        var again = project.Build();

        again.ExitCode.Should().Be(1, "a failed build is never taken as up to date: " + again);
        again.Output.Should().Contain("error AA1002").And.NotContain("AsciiVideo: rendered videos/good.mp4");
        File.GetLastWriteTimeUtc(good).Should().Be(rendered);

        project.Write("videos/bad.video.yaml", Specs.Tiny(seed: 8));
        var fixedBuild = project.Build();

        fixedBuild.ExitCode.Should().Be(0, fixedBuild.ToString());
        Media.IsMp4(bad).Should().BeTrue();
    }

    [Fact]
    public void Without_ffmpeg_a_build_fails_at_the_project_naming_its_properties_and_with_AsciiVideoMissingFfmpeg_warning_keeps_earlier_videos()
    {
        var project = ConsumerProject.Console("NoFfmpeg");
        project.Write("videos/kept.video.yaml", Specs.Tiny(seed: 30));
        project.Build().ExitCode.Should().Be(0);
        var kept = project.PathOf("bin/Debug/net10.0/videos/kept.mp4");
        var added = project.PathOf("bin/Debug/net10.0/videos/added.mp4");
        var keptBytes = File.ReadAllBytes(kept);
        project.Write("videos/kept.video.yaml", Specs.Tiny(seed: 31));
        project.Write("videos/added.video.yaml", Specs.Tiny(seed: 32));
        // A teammate's machine: dotnet, and no ffmpeg anywhere.
        var noFfmpeg = new Dictionary<string, string?>
        {
            ["PATH"] = Path.GetDirectoryName(Environment.ProcessPath),
            ["ASCII_ASSETS_FFMPEG"] = null,
        };

        var failed = project.RunWith(noFfmpeg, "build");

        failed.ExitCode.Should().Be(1, failed.ToString());
        failed.Output.Should().Contain($"{project.ProjectFile} : error AA3001: ffmpeg was not found (not on PATH")
            .And.Contain("the AsciiVideoFfmpegPath property").And.Contain("SkipAsciiVideoRendering=true").And.Contain("AsciiVideoMissingFfmpeg=warning")
            .And.NotContain("--ffmpeg").And.NotContain("ascii-assets");

        var warned = project.RunWith(noFfmpeg, "build", "-p:AsciiVideoMissingFfmpeg=warning");

        warned.ExitCode.Should().Be(0, warned.ToString());
        warned.Output.Should().Contain($"{project.ProjectFile} : warning AA5008: ffmpeg was not found").And.NotContain(": error ");
        File.ReadAllBytes(kept).Should().Equal(keptBytes, "the video of the earlier build is kept");
        File.Exists(added).Should().BeFalse("a video never rendered is left out");

        var withFfmpeg = project.Build();

        withFfmpeg.ExitCode.Should().Be(0, withFfmpeg.ToString());
        withFfmpeg.Output.Should().Contain("AsciiVideo: rendered videos/kept.mp4").And.Contain("AsciiVideo: rendered videos/added.mp4");
        Media.IsMp4(added).Should().BeTrue();
    }
}
