using System.Runtime.Versioning;
using System.Text;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>The encoder choice as a user meets it, on this machine: ffmpeg lists NVENC, QSV and VAAPI, and there is no GPU.</summary>
[Collection(ToolCollection.Name)]
public class EncoderTests
{
    private const string Spec = """
        size: 96x54
        fps: 12
        scenes:
          - start: 0s
            end: 1s
            layers:
              - field: plasma
        """;

    [Fact]
    public async Task A_named_hardware_encoder_that_fails_its_trial_is_AA4002_with_exit_code_2_and_no_output()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Spec);

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "demo.video.yaml", "--encoder", "h264_nvenc");

        result.ExitCode.Should().Be(2, result.AllOutput);
        result.StandardError.Trim().Should().Be(
            "ascii-assets: error AA4002: The h264_nvenc encoder failed a one-frame trial encode on this machine (Cannot load libcuda.so.1); use --encoder auto or libx264 (in MSBuild, AsciiVideoEncoder or Encoder metadata).");
        Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Should().Equal("demo.video.yaml");
    }

    [Fact]
    public async Task Auto_encodes_with_libx264_when_no_hardware_encoder_passes_its_trial()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Spec);

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "demo.video.yaml", "--encoder", "auto");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.StandardOutput.Should().Contain("demo.mp4: 96x54@12").And.MatchRegex(@"\nRendering 1 video .*, ffmpeg [\d.]+ \(libx264\), ETA");
        Encoding.ASCII.GetString(File.ReadAllBytes(dir.File("demo.mp4"))).Should().Contain("x264 - core", "libx264 signs its stream");
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task Auto_takes_the_first_hardware_encoder_in_order_that_passes_its_trial()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Spec);
        var ffmpeg = FakeVaapiFfmpeg(dir);

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "demo.video.yaml", "--ffmpeg", ffmpeg);

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.StandardOutput.Should().Contain("demo.mp4: 96x54@12").And.MatchRegex(@"\nRendering 1 video .*, ffmpeg [\d.]+ \(h264_vaapi\), ETA");
        Trials(dir).Should().Equal(new[] { "h264_nvenc", "h264_vaapi" }, "NVENC fails, VAAPI passes, AMF after it is never tried");
        var video = (await Media.ProbeAsync(dir.File("demo.mp4"))).Single();
        video.Should().BeEquivalentTo(new { CodecName = "h264", PixelFormat = "yuv420p", Width = 96, Height = 54, Frames = 12, ColorSpace = "bt709" });
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task An_up_to_date_run_tries_no_encoder()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Spec);
        var ffmpeg = FakeVaapiFfmpeg(dir);
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--ffmpeg", ffmpeg)).ExitCode.Should().Be(0);
        var calls = File.ReadAllLines(dir.File("fake/calls.log"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--ffmpeg", ffmpeg);

        result.StandardOutput.Should().Contain("0 rendered, 1 up to date.");
        File.ReadAllLines(dir.File("fake/calls.log")).Should().Equal(calls, "an up-to-date run starts no ffmpeg, so no trial");
    }

    /// <summary>The hardware encoder of each trial (one frame from lavfi), in the order they ran.</summary>
    private static string[] Trials(TempFolder dir) =>
        File.ReadAllLines(dir.File("fake/calls.log"))
            .Where(line => line.Contains("-f lavfi", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[Array.IndexOf(line.Split(' '), "-c:v") + 1])
            .ToArray();

    /// <summary>
    /// ffmpeg as on a machine with a VAAPI device and no NVIDIA GPU: it lists NVENC, VAAPI and AMF, fails NVENC as
    /// real ffmpeg does here, and encodes VAAPI requests with libx264 (dropping the device, which must come before the
    /// input, and the upload). Every call is logged.
    /// </summary>
    [SupportedOSPlatform("linux")]
    private static string FakeVaapiFfmpeg(TempFolder dir)
    {
        return dir.WriteScript("fake/ffmpeg", """
            #!/bin/sh
            echo "$*" >> "$(dirname "$0")/calls.log"
            case " $* " in
            *" -encoders "*)
              ffmpeg "$@" | grep -v -e h264_nvenc -e h264_qsv -e h264_vaapi -e h264_videotoolbox -e h264_amf
              echo ' V....D h264_nvenc           NVIDIA NVENC H.264 encoder (codec h264)'
              echo ' V....D h264_vaapi           H.264/AVC (VAAPI) (codec h264)'
              echo ' V....D h264_amf             AMD AMF H.264 Encoder (codec h264)'
              exit 0 ;;
            *" h264_nvenc "*)
              echo '[h264_nvenc @ 0x55d0c0ffee00] Cannot load libcuda.so.1' >&2
              exit 1 ;;
            esac
            for arg; do
              shift
              if [ -n "$device_path" ]; then device_path=; continue; fi
              case "$arg" in
              -vaapi_device)
                [ -z "$input" ] || { echo 'fake: -vaapi_device after the input' >&2; exit 1; }
                device=yes; device_path=next; continue ;;
              -i) input=yes ;;
              h264_vaapi)
                [ -n "$device" ] || { echo 'fake: h264_vaapi without -vaapi_device' >&2; exit 1; }
                arg=libx264 ;;
              *,hwupload) arg=${arg%,hwupload} ;;
              esac
              set -- "$@" "$arg"
            done
            exec ffmpeg "$@"

            """);
    }
}
