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
    [InlineData(QualityName.Draft, "-preset veryfast -crf 28 -threads 4")]
    [InlineData(QualityName.Preview, "-preset faster -crf 25 -threads 4")]
    [InlineData(QualityName.Production, "-preset medium -crf 20 -threads 4")]
    [InlineData(QualityName.Max, "-preset slow -crf 15 -threads 4")]
    public void Mp4_keeps_x264s_CRF_uncapped_because_its_VBV_is_not_deterministic_with_threads(QualityName profile, string quality)
    {
        var arguments = string.Join(' ', SegmentTrack.H264(TestRender.Plan(Landscape, profile)).EncodeArguments);

        arguments.Should().Contain("-c:v libx264 " + quality + " -pix_fmt yuv420p");
    }

    [Theory]
    [InlineData(QualityName.Draft, "-cpu-used 8 -crf 44 -b:v 0")]
    [InlineData(QualityName.Preview, "-cpu-used 6 -crf 40 -b:v 0")]
    [InlineData(QualityName.Production, "-cpu-used 4 -crf 36 -b:v 0")]
    [InlineData(QualityName.Max, "-cpu-used 2 -crf 32 -b:v 0")]
    public void Vp9_keeps_constant_quality_for_each_profile_because_its_constrained_quality_measured_worse(QualityName profile, string quality)
    {
        var arguments = string.Join(' ', new WebmOutput().Track(TestRender.Plan(Landscape, profile)).EncodeArguments);

        arguments.Should().Contain("-c:v libvpx-vp9 -row-mt 1 -deadline good " + quality + " -threads 4");
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

        VideoEncoder.Libx264.VideoArguments(20, "medium", "8000k").Should().ContainInOrder("-maxrate", "8000k", "-bufsize", "8000k");
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
/// One real render of a spec whose every cell is new every frame (static noise in rainbow colours): the worst case for
/// an encoder, where only a cap holds the size. SVT-AV1 is capped; x264 is not.
/// </summary>
public sealed class NoisyRender : IDisposable
{
    public const string Yaml = """
        size: 320x180
        fps: 12
        seed: 9
        outputs:
          - mp4
          - { type: webm, codec: av1 }
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
    }

    public OutputRun Run { get; }

    public void Dispose() => Run.Dispose();
}

public class NoisyRenderBudgetTests(NoisyRender render) : IClassFixture<NoisyRender>
{
    private OutputRun Run => render.Run;

    private static RenderPlan Plan => TestRender.Plan(NoisyRender.Yaml, QualityName.Draft);

    [Fact]
    public void A_noisy_av1_webm_is_held_to_its_cap()
    {
        var budget = WebmOutput.Budget.ForVideo(Plan);
        var mbit = VideoBytes(Run.PathOf("demo.webm")) * 8 / 4.0 / 1e6;

        // Within the margin above the cap, and near it: the cap, not the CRF, decided the size of this content.
        mbit.Should().BeLessThanOrEqualTo(budget * (1 + SizeBudget.Margin)).And.BeGreaterThan(budget * 0.6);
        Run.Diagnostics.Should().NotContain(d => d.Code == "AA2030" && d.Message.StartsWith("demo.webm", StringComparison.Ordinal));
    }

    [Fact]
    public void The_mp4_which_nothing_caps_runs_over_its_budget_and_is_warned_about_at_its_entry()
    {
        var warning = Run.Diagnostics.Single(d => d.Code == "AA2030");

        warning.ToString().Should().MatchRegex("^" + Regex.Escape($"{Run.SpecPath}(5,5): warning AA2030: demo.mp4 runs at ")
            + @"\d+\.\d\d Mbit/s of video, \d+% over its budget of 0\.11 Mbit/s at the draft profile \(the check allows 25% over\)\.$");
        var mbit = VideoBytes(Run.PathOf("demo.mp4")) * 8 / 4.0 / 1e6;
        Regex.Match(warning.Message, @"runs at (\d+\.\d\d)").Groups[1].Value.Should().Be(mbit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        mbit.Should().BeGreaterThan(Mp4Output.Budget.ForVideo(Plan) * (1 + SizeBudget.Margin));
    }

    private static long VideoBytes(string path) => OutputCheck.VideoBytesAsync(AsciiAssets.Encode.FfmpegInstall.Locate(null), path, Path.GetFileName(path), CancellationToken.None).GetAwaiter().GetResult();
}
