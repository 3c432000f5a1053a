using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

/// <summary>One console project, built again and again: each build renders exactly the videos that would change.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void Each_build_renders_exactly_the_videos_whose_output_would_change()
    {
        var project = ConsumerProject.Console("Incremental");
        var intro = project.Write("videos/intro.video.yaml", Specs.Tiny(seed: 1, audio: "tone.wav"));
        var outro = project.Write("videos/outro.video.yaml", Specs.Tiny(seed: 2));
        var tone = project.PathOf("videos/tone.wav");
        Media.WriteTone(tone, 440);
        var introVideo = project.RenderedVideo("videos/intro.mp4");
        var outroVideo = project.RenderedVideo("videos/outro.mp4");

        var first = project.Build();
        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("AsciiVideo: rendered videos/intro.mp4").And.Contain("AsciiVideo: rendered videos/outro.mp4");
        Media.IsMp4(introVideo).Should().BeTrue();
        Media.IsMp4(outroVideo).Should().BeTrue();
        Media.IsMp4(project.PathOf("bin/Debug/net10.0/videos/intro.mp4")).Should().BeTrue("the video is copied to the output folder");
        var rendered = Timestamps(introVideo, outroVideo);

        var second = project.Build();
        second.ExitCode.Should().Be(0, second.ToString());
        second.Output.Should().Contain("Skipping target \"RenderAsciiVideos\"").And.NotContain("AsciiVideo: rendered");
        Timestamps(introVideo, outroVideo).Should().Equal(rendered);

        foreach (var file in new[] { intro, outro, tone })
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        }

        var touched = project.Build("-v:d");
        touched.ExitCode.Should().Be(0, touched.ToString());
        touched.Output.Should().NotContain("AsciiVideo: rendered").And.Contain("intro.mp4: up to date", "detailed verbosity says why a video is skipped");
        Timestamps(introVideo, outroVideo).Should().Equal(rendered);

        project.Write("videos/outro.video.yaml", Specs.Tiny(seed: 3));
        var edited = project.Build();
        edited.ExitCode.Should().Be(0, edited.ToString());
        edited.Output.Should().Contain("AsciiVideo: rendered videos/outro.mp4").And.NotContain("AsciiVideo: rendered videos/intro.mp4");
        File.GetLastWriteTimeUtc(introVideo).Should().Be(rendered[0]);
        File.GetLastWriteTimeUtc(outroVideo).Should().BeAfter(rendered[1]);
        rendered = Timestamps(introVideo, outroVideo);

        Media.WriteTone(tone, 660);
        var newAudio = project.Build();
        newAudio.ExitCode.Should().Be(0, newAudio.ToString());
        newAudio.Output.Should().Contain("intro.mp4: audio tone.wav changed", "normal verbosity says why a video is rendered")
            .And.NotContain("AsciiVideo: rendered videos/outro.mp4");
        File.GetLastWriteTimeUtc(introVideo).Should().BeAfter(rendered[0]);
        File.GetLastWriteTimeUtc(outroVideo).Should().Be(rendered[1]);
        rendered = Timestamps(introVideo, outroVideo);

        File.Delete(introVideo);
        var deleted = project.Build();
        deleted.ExitCode.Should().Be(0, deleted.ToString());
        Media.IsMp4(introVideo).Should().BeTrue("a deleted video is rendered again");
        File.GetLastWriteTimeUtc(outroVideo).Should().Be(rendered[1]);
        rendered = Timestamps(introVideo, outroVideo);

        var otherQuality = project.Build("-p:AsciiVideoQuality=preview");
        otherQuality.ExitCode.Should().Be(0, otherQuality.ToString());
        otherQuality.Output.Should().Contain("AsciiVideo: rendered videos/intro.mp4").And.Contain("AsciiVideo: rendered videos/outro.mp4");
        File.GetLastWriteTimeUtc(introVideo).Should().BeAfter(rendered[0]);
        File.GetLastWriteTimeUtc(outroVideo).Should().BeAfter(rendered[1]);
    }

    private static DateTime[] Timestamps(params string[] files) => files.Select(File.GetLastWriteTimeUtc).ToArray();
}
