using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

/// <summary>AsciiVideoEncoder through the build, on this machine: ffmpeg lists NVENC, and there is no GPU.</summary>
public sealed class EncoderTests
{
    [Fact]
    public void A_hardware_encoder_that_fails_its_trial_fails_the_build_with_the_engines_message_and_a_changed_encoder_re_renders()
    {
        var project = ConsumerProject.Console("Encoder");
        project.Write("videos/intro.video.yaml", Specs.Tiny(seed: 1));
        var video = project.RenderedVideo("videos/intro.mp4");

        var nvenc = project.Build("-p:AsciiVideoEncoder=h264_nvenc");

        nvenc.ExitCode.Should().Be(1, nvenc.ToString());
        nvenc.Output.Should().Contain("error AA4002: The h264_nvenc encoder failed a one-frame trial encode on this machine (Cannot load libcuda.so.1); use --encoder auto or libx264 (in MSBuild, AsciiVideoEncoder or Encoder metadata).");
        File.Exists(video).Should().BeFalse();

        var auto = project.Build();

        auto.ExitCode.Should().Be(0, auto.ToString());
        auto.Output.Should().Contain("AsciiVideo: rendered videos/intro.mp4").And.MatchRegex(@"ffmpeg [\d.]+ \(libx264\)");
        File.ReadAllText(project.PathOf("obj/Debug/net10.0/asciivideo/asciivideo.settings")).Should().Contain("|draft|auto");

        var libx264 = project.Build("-p:AsciiVideoEncoder=libx264");

        libx264.ExitCode.Should().Be(0, libx264.ToString());
        libx264.Output.Should().Contain("AsciiVideo: rendered videos/intro.mp4", "the requested encoder is part of the fingerprint");
    }
}
