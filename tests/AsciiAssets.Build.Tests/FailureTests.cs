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
}
