using System.Runtime.Versioning;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Hardware;

namespace AsciiAssets.Tests.Hardware;

[SupportedOSPlatform("linux")]
public sealed class EncoderSelectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ascii-assets-encoders-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Calls => Path.Combine(_folder, "calls.log");

    [Fact]
    public async Task Auto_with_no_hardware_encoder_listed_starts_no_trial()
    {
        var selection = new EncoderSelection(FakeFfmpeg(listed: ""));

        var encoder = await selection.ResolveAsync(EncoderChoice.Auto, CancellationToken.None);

        encoder.Should().BeSameAs(VideoEncoder.Libx264);
        File.ReadAllLines(Calls).Should().Equal("-hide_banner -encoders");
    }

    [Fact]
    public async Task Libx264_needs_no_ffmpeg_at_all()
    {
        var selection = new EncoderSelection(FakeFfmpeg(listed: "h264_nvenc"));

        (await selection.ResolveAsync(new EncoderChoice(VideoEncoder.Libx264), CancellationToken.None)).Should().BeSameAs(VideoEncoder.Libx264);

        File.Exists(Calls).Should().BeFalse();
    }

    [Fact]
    public async Task Each_encoder_is_tried_once_per_run_and_a_named_one_that_fails_is_AA4002()
    {
        var selection = new EncoderSelection(FakeFfmpeg(listed: "h264_nvenc"));

        (await selection.ResolveAsync(EncoderChoice.Auto, CancellationToken.None)).Should().BeSameAs(VideoEncoder.Libx264);
        var named = () => selection.ResolveAsync(new EncoderChoice(VideoEncoder.Nvenc), CancellationToken.None);

        (await named.Should().ThrowAsync<AsciiAssetsException>()).Which.Diagnostics.Single().ToString().Should().Be(
            "ascii-assets: error AA4002: The h264_nvenc encoder failed a one-frame trial encode on this machine (Cannot load libcuda.so.1); use --encoder auto or libx264 (in MSBuild, AsciiVideoEncoder or Encoder metadata).");
        File.ReadAllLines(Calls).Count(line => line.Contains("-c:v h264_nvenc", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void The_first_error_line_loses_the_context_prefix_whose_address_changes()
    {
        EncoderTrial.FirstError("\n[h264_nvenc @ 0x55d0c0ffee00] Cannot load libcuda.so.1\nError initializing output stream 0:0\n")
            .Should().Be("Cannot load libcuda.so.1");
        EncoderTrial.FirstError("Unknown encoder 'h264_amf'\n").Should().Be("Unknown encoder 'h264_amf'");
        EncoderTrial.FirstError("").Should().BeNull();
    }

    /// <summary>An ffmpeg that logs its arguments, lists the given encoder (if any) and fails every trial as NVENC does without a GPU.</summary>
    private FfmpegInstall FakeFfmpeg(string listed)
    {
        var path = Path.Combine(_folder, "ffmpeg");
        var line = listed.Length == 0 ? "" : $"echo ' V....D {listed}           hardware H.264 (codec h264)'";
        File.WriteAllText(path, $"""
            #!/bin/sh
            echo "$*" >> '{Calls}'
            case " $* " in
            *" -encoders "*) echo ' V....D libx264              libx264 H.264 (codec h264)'; {line}; exit 0 ;;
            esac
            echo '[h264_nvenc @ 0x55d0c0ffee00] Cannot load libcuda.so.1' >&2
            exit 1

            """);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new FfmpegInstall(path);
    }
}
