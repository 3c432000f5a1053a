using AsciiAssets.Encode;

namespace AsciiAssets.Tests.Encode;

public class VideoEncoderTests
{
    private const string Tags = "-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv";

    [Theory]
    [InlineData("libx264", "-vf scale=out_color_matrix=bt709:out_range=tv,format=yuv420p -c:v libx264 -preset medium -crf 20 -threads 4 -pix_fmt yuv420p " + Tags)]
    [InlineData("h264_nvenc", "-vf scale=out_color_matrix=bt709:out_range=tv,format=yuv420p -c:v h264_nvenc -preset p5 -tune hq -rc vbr -cq 20 -b:v 0 -pix_fmt yuv420p " + Tags)]
    [InlineData("h264_qsv", "-vf scale=out_color_matrix=bt709:out_range=tv,format=nv12 -c:v h264_qsv -global_quality 20 -look_ahead 0 -pix_fmt nv12 " + Tags)]
    [InlineData("h264_vaapi", "-vf scale=out_color_matrix=bt709:out_range=tv,format=nv12,hwupload -c:v h264_vaapi -qp 20 " + Tags)]
    [InlineData("h264_videotoolbox", "-vf scale=out_color_matrix=bt709:out_range=tv,format=yuv420p -c:v h264_videotoolbox -q:v 60 -pix_fmt yuv420p " + Tags)]
    [InlineData("h264_amf", "-vf scale=out_color_matrix=bt709:out_range=tv,format=yuv420p -c:v h264_amf -rc cqp -qp_i 20 -qp_p 20 -pix_fmt yuv420p " + Tags)]
    public void Each_encoder_gets_its_quality_arguments_and_the_BT709_conversion_and_tags(string name, string expected)
    {
        Settings(name).VideoArguments.Should().Equal(expected.Split(' '));
    }

    [Fact]
    public void Only_VAAPI_needs_arguments_before_the_input()
    {
        VideoEncoder.All.Where(e => e.InputArguments.Count > 0).Should().Equal(VideoEncoder.Vaapi);
        Settings("h264_vaapi").InputArguments.Should().Equal("-vaapi_device", "/dev/dri/renderD128");
    }

    [Fact]
    public void Only_libx264_takes_the_x264_preset()
    {
        foreach (var encoder in VideoEncoder.All)
        {
            var slow = encoder.VideoArguments(20, "slow");
            slow.SequenceEqual(encoder.VideoArguments(20, "veryfast")).Should().Be(encoder.IsHardware, encoder.Name);
        }
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(15, 70)]
    [InlineData(20, 60)]
    [InlineData(25, 50)]
    [InlineData(28, 44)]
    [InlineData(51, 1)]
    public void VideoToolbox_quality_runs_opposite_to_CRF_on_its_1_to_100_scale(int crf, int quality)
    {
        VideoEncoder.VideoToolboxQuality(crf).Should().Be(quality);
    }

    [Fact]
    public void Auto_tries_the_hardware_encoders_in_the_documented_order()
    {
        VideoEncoder.Hardware.Select(e => e.Name).Should().Equal("h264_nvenc", "h264_qsv", "h264_vaapi", "h264_videotoolbox", "h264_amf");
        EncoderChoice.Names.Should().Equal("auto", "libx264", "h264_nvenc", "h264_qsv", "h264_vaapi", "h264_videotoolbox", "h264_amf");
    }

    [Fact]
    public void Choices_parse_in_any_case_and_unknown_names_get_a_suggestion()
    {
        EncoderChoice.Parse("AUTO").Should().Be(EncoderChoice.Auto);
        EncoderChoice.Parse("H264_VAAPI")!.Named.Should().BeSameAs(VideoEncoder.Vaapi);
        EncoderChoice.Parse("h264_nvnc").Should().BeNull();
        EncoderChoice.Unknown("h264_nvnc").Should().Be(
            "'h264_nvnc' is not an encoder (did you mean 'h264_nvenc'?); use one of auto, libx264, h264_nvenc, h264_qsv, h264_vaapi, h264_videotoolbox, h264_amf");
    }

    private static EncodeSettings Settings(string name) => new(160, 90, 12, 20, "medium", VideoEncoder.Named(name)!);
}
