using System.Text.RegularExpressions;
using AsciiAssets.Encode;
using AsciiAssets.Encode.Outputs;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Encode.Outputs;

public class SizeBudgetTests
{
    private const string Landscape = """
        size: landscape
        outputs:
          - mp4
          - webm
          - { type: gif, width: 480 }
        scenes:
          - start: 0s
            end: 4s
            layers:
              - field: plasma
        """;

    [Theory]
    [InlineData(QualityName.Draft, "-preset veryfast -crf 28 -maxrate 1000k -bufsize 1000k -threads 1")]
    [InlineData(QualityName.Preview, "-preset faster -crf 25 -maxrate 3000k -bufsize 3000k -threads 1")]
    [InlineData(QualityName.Production, "-preset medium -crf 20 -maxrate 8000k -bufsize 8000k -threads 1")]
    [InlineData(QualityName.Max, "-preset slow -crf 15 -maxrate 40000k -bufsize 40000k -threads 1")]
    public void Mp4_caps_x264s_CRF_at_its_budget_on_one_thread_where_its_VBV_is_deterministic(QualityName profile, string quality)
    {
        var arguments = string.Join(' ', new Mp4Output().Track(TestRender.Plan(Landscape, profile)).EncodeArguments);

        arguments.Should().Contain("-c:v libx264 " + quality + " -pix_fmt yuv420p");
    }

    [Fact]
    public void Mp4_with_max_rate_0_keeps_the_CRF_alone_on_four_threads_and_the_segment_keys_it_had_before_caps()
    {
        var plan = TestRender.Plan(Landscape, QualityName.Production);
        var uncapped = new Mp4Output(MaxRate: 0).Track(plan);

        string.Join(' ', uncapped.EncodeArguments).Should().Contain("-c:v libx264 -preset medium -crf 20 -threads 4 -pix_fmt yuv420p");
        uncapped.KeyPart.Should().BeEmpty();
        new Mp4Output().Track(plan).KeyPart.Should().Contain("-maxrate 8000k");
        string.Join(' ', new Mp4Output(MaxRate: 2.5).Track(plan).EncodeArguments).Should().Contain("-maxrate 2500k -bufsize 2500k -threads 1");
    }

    [Theory]
    [InlineData(QualityName.Draft, "-cpu-used 8 -b:v 1000k -minrate 1000k -maxrate 1000k -qmin 36 -qmax 63")]
    [InlineData(QualityName.Preview, "-cpu-used 6 -b:v 3000k -minrate 3000k -maxrate 3000k -qmin 32 -qmax 63")]
    [InlineData(QualityName.Production, "-cpu-used 4 -b:v 8000k -minrate 8000k -maxrate 8000k -qmin 28 -qmax 63")]
    [InlineData(QualityName.Max, "-cpu-used 2 -b:v 40000k -minrate 40000k -maxrate 40000k -qmin 24 -qmax 63")]
    public void Vp9_holds_a_constant_rate_at_its_budget_with_its_quantizer_at_most_8_below_the_CRF(QualityName profile, string quality)
    {
        var arguments = string.Join(' ', new WebmOutput().Track(TestRender.Plan(Landscape, profile)).EncodeArguments);

        arguments.Should().Contain("-c:v libvpx-vp9 -row-mt 1 -deadline good " + quality + " -threads 4");
    }

    [Fact]
    public void Vp9_with_max_rate_0_keeps_constant_quality()
    {
        var arguments = string.Join(' ', new WebmOutput(MaxRate: 0).Track(TestRender.Plan(Landscape, QualityName.Production)).EncodeArguments);

        arguments.Should().Contain("-c:v libvpx-vp9 -row-mt 1 -deadline good -cpu-used 4 -crf 36 -b:v 0 -threads 4");
    }

    [Theory]
    [InlineData(QualityName.Draft, "-preset 12 -crf 45 -maxrate 1000k")]
    [InlineData(QualityName.Preview, "-preset 10 -crf 40 -maxrate 3000k")]
    [InlineData(QualityName.Production, "-preset 8 -crf 35 -maxrate 8000k")]
    [InlineData(QualityName.Max, "-preset 6 -crf 30 -maxrate 40000k")]
    public void Av1_caps_its_CRF_at_its_budget_for_each_profile(QualityName profile, string quality)
    {
        var arguments = string.Join(' ', new WebmOutput(WebmCodec.Av1).Track(TestRender.Plan(Landscape, profile)).EncodeArguments);

        arguments.Should().Contain("-c:v libsvtav1 " + quality + " -pix_fmt yuv420p");
    }

    [Fact]
    public void A_video_of_another_size_or_rate_scales_its_budget_by_its_pixels_per_second()
    {
        // Production's budget is stated for 1920x1080 at 24 fps; 960x540 at 12 fps has an eighth of its pixels per second.
        var plan = TestRender.Plan(Landscape.Replace("size: landscape", "size: 960x540\nfps: 12", StringComparison.Ordinal), QualityName.Production);

        Mp4Output.Budget.ForVideo(plan).Should().Be(Mp4Output.Budget.Production / 8);
        new WebmOutput(WebmCodec.Av1).Track(plan).EncodeArguments.Should().ContainInOrder("-maxrate", "1000k");
    }

    [Fact]
    public void A_gif_or_webp_budget_follows_its_own_width_and_rate_not_the_profiles_frame_size()
    {
        var plan = TestRender.Plan(Landscape, QualityName.Production);

        new GifOutput().BudgetFor(plan).Should().Be(GifOutput.Budget.Production);
        new GifOutput(Width: 240, Fps: 6).BudgetFor(plan).Should().Be(GifOutput.Budget.Production / 8);
        new WebpOutput().BudgetFor(plan).Should().Be(WebpOutput.Budget.Production);
        new WebpOutput(Width: 1280).BudgetFor(plan).Should().Be(WebpOutput.Budget.Production * 4);
    }

    [Fact]
    public void Hardware_encoders_take_no_cap()
    {
        foreach (var encoder in VideoEncoder.Hardware)
        {
            encoder.VideoArguments(20, "medium", "8000k").Should().Equal(encoder.VideoArguments(20, "medium"), encoder.Name);
        }

        VideoEncoder.Libx264.VideoArguments(20, "medium", "8000k").Should().ContainInOrder("-maxrate", "8000k", "-bufsize", "8000k", "-threads", "1");
    }

    [Fact]
    public void A_file_more_than_the_margin_over_its_budget_is_warning_AA2030_at_its_entry()
    {
        var plan = TestRender.Plan(Landscape, QualityName.Production);
        var gif = (GifOutput)plan.Spec.Outputs![2];
        var seconds = 4.0;
        long Bytes(double mbit) => (long)(mbit * 1e6 / 8 * seconds);

        SizeBudget.Check(plan, gif, "test.gif", Bytes(GifOutput.Budget.Production * 1.25), seconds, GifOutput.Budget.Production).Should().BeNull();
        SizeBudget.Check(plan, gif, "test.gif", Bytes(GifOutput.Budget.Production * 1.5), seconds, GifOutput.Budget.Production)!.ToString().Should().Be(
            $"{plan.Source.Path}(5,5): warning AA2030: test.gif runs at 18.00 Mbit/s of video, 50% over its budget of 12.00 Mbit/s at the production profile (the check allows 25% over).");
    }
}

/// <summary>
/// Two real renders of a spec whose every cell is new every frame (static noise in rainbow colours): the worst case for
/// an encoder, where only a cap holds the size.
/// </summary>
public sealed class NoisyRender : IDisposable
{
    public const string Yaml = """
        size: 320x180
        fps: 12
        seed: 9
        outputs:
          # No encoder reaches a cap this low on noise: the check warns.
          - { type: mp4, max_rate: 0.002 }
          - { type: webm, max_rate: 0.5 }
        scenes:
          - start: 0s
            end: 4s
            layers:
              - field: { type: static_noise, rate: 24, sparkle: 0.8, roll: 0 }
                grid: md
                palette: dense
                color: { type: hue, source: value, spread: 3, saturation: 1, floor: 0.2 }
        """;

    public NoisyRender()
    {
        Run = new OutputRun(Yaml);
        Run.Render();
        Av1Run = new OutputRun(Yaml.Replace("max_rate: 0.002", "max_rate: 0.5", StringComparison.Ordinal).Replace("type: webm,", "type: webm, codec: av1,", StringComparison.Ordinal));
        Av1Run.Render();
    }

    public OutputRun Run { get; }

    /// <summary>The same spec with a cap the MP4 can reach and an AV1 WebM in place of the VP9 one.</summary>
    public OutputRun Av1Run { get; }

    public void Dispose()
    {
        Run.Dispose();
        Av1Run.Dispose();
    }
}

public class NoisyRenderBudgetTests(NoisyRender render) : IClassFixture<NoisyRender>
{
    private OutputRun Run => render.Run;

    [Theory]
    [InlineData("demo.webm", false)]
    [InlineData("demo.mp4", true)]
    [InlineData("demo.webm", true)]
    public void A_noisy_video_is_held_to_its_max_rate(string file, bool secondRun)
    {
        var run = secondRun ? render.Av1Run : Run;
        var budget = 0.5;
        var mbit = VideoBytes(run.PathOf(file)) * 8 / 4.0 / 1e6;

        // Within the margin above the cap, and near it: the cap, not the CRF, decided the size of this content.
        mbit.Should().BeLessThanOrEqualTo(budget * (1 + SizeBudget.Margin)).And.BeGreaterThan(budget * 0.6);
        run.Diagnostics.Should().NotContain(d => d.Code == "AA2030" && d.Message.StartsWith(file, StringComparison.Ordinal));
    }

    [Fact]
    public void An_mp4_whose_max_rate_its_encoder_cannot_reach_is_warned_about_at_its_entry()
    {
        var warning = Run.Diagnostics.Single(d => d.Code == "AA2030");

        warning.ToString().Should().MatchRegex("^" + Regex.Escape($"{Run.SpecPath}(6,5): warning AA2030: demo.mp4 runs at ")
            + @"\d+\.\d+ Mbit/s of video, \d+% over its max_rate of 0\.002 Mbit/s \(the check allows 25% over\)\.$");
        var mbit = VideoBytes(Run.PathOf("demo.mp4")) * 8 / 4.0 / 1e6;
        Regex.Match(warning.Message, @"runs at (\d+\.\d+)").Groups[1].Value.Should().Be(mbit.ToString("0.0####", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static long VideoBytes(string path) => OutputCheck.VideoBytesAsync(AsciiAssets.Encode.FfmpegInstall.Locate(null), path, Path.GetFileName(path), CancellationToken.None).GetAwaiter().GetResult();
}
