using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Encode.Outputs;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

/// <summary>
/// `loop:` cross-fades the video's end into the frames just before its start, so the last frame is frame −1 and flows
/// into frame 0; any worker and any segment renders the same frames; the loop check measures the seam.
/// </summary>
public class LoopTests
{
    private static string Spec(string loop, string layers = "      - field: { type: plasma, speed: 0.8 }\n        grid: md\n", string extras = "", string seconds = "2s") =>
        $"size: 160x90\nfps: 12\nseed: 3\n{loop}scenes:\n  - start: 0s\n    end: {seconds}\n{extras}    layers:\n{layers}";

    private static byte[] Render(FrameRenderer renderer, RenderPlan plan, int frame)
    {
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(frame, buffer);
        return buffer.Pixels.ToArray();
    }

    [Fact]
    public void Loop_true_takes_every_default_and_false_is_no_loop()
    {
        TestRender.Parse(Spec("loop: true\n")).Spec.Loop.Should().Be(new LoopSpec());
        TestRender.Plan(Spec("loop: true\n")).LoopFrames.Should().Be(12, "the default cross-fade is 1s at 12 fps");
        TestRender.Plan(Spec("loop: { crossfade: 6f }\n")).LoopFrames.Should().Be(6);
        TestRender.Parse(Spec("loop: false\n")).Spec.Loop.Should().BeNull();
        TestRender.Plan(Spec("")).LoopFrames.Should().Be(0);
    }

    [Theory]
    [InlineData("loop: { crossfade: 1.5s }\n", "(4,20): error AA1170: The loop's cross-fade (1.5s) must be longer than nothing and at most half the video (2s).")]
    [InlineData("loop: { crossfade: 0s }\n", "(4,20): error AA1170: The loop's cross-fade (0s) must be longer than nothing and at most half the video (2s).")]
    public void A_cross_fade_longer_than_half_the_video_or_empty_is_an_error(string loop, string expected)
    {
        var act = () => TestRender.Parse(Spec(loop));

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Select(d => d.ToString()).Should().ContainSingle(d => d.EndsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_frame_is_the_frame_before_the_start_and_the_fade_begins_gently()
    {
        var plan = TestRender.Plan(Spec("loop: true\n"));
        var plain = TestRender.Plan(Spec(""));
        using var renderer = new FrameRenderer(plan);
        var beforeStart = Render(renderer, plan, -1);

        TestRender.Frame(plan, plan.FrameCount - 1).Should().Equal(beforeStart, "the last frame is all pre-roll");
        TestRender.Frame(plan, plan.FrameCount - 13).Should().Equal(TestRender.Frame(plain, plan.FrameCount - 13), "the fade starts 12 frames before the end");
        var firstFaded = TestRender.Frame(plan, plan.FrameCount - 12);
        firstFaded.Should().NotEqual(TestRender.Frame(plain, plan.FrameCount - 12));
        LoopSeamMeanDifference(firstFaded, TestRender.Frame(plain, plan.FrameCount - 12)).Should().BeLessThan(LoopSeamMeanDifference(beforeStart, TestRender.Frame(plain, plan.FrameCount - 12)) / 6, "the first faded frame takes 1/12 of the pre-roll");
    }

    [Fact]
    public void A_transparent_loop_fades_the_alpha_with_the_colours()
    {
        var plan = TestRender.Plan("background: transparent\n" + Spec("loop: true\n"));
        using var renderer = new FrameRenderer(plan);
        using var beforeStart = new FrameBuffer(plan.Width, plan.Height, withAlpha: true);
        renderer.Render(-1, beforeStart);

        var last = TestRender.AlphaFrame(plan, plan.FrameCount - 1);
        last.Alpha.Should().Equal(beforeStart.Alpha.ToArray(), "the last frame is all pre-roll, its alpha too");
        last.Rgb.Should().Equal(beforeStart.Pixels.ToArray());
        beforeStart.Alpha.ToArray().Should().Contain(a => a == 0).And.Contain(a => a > 100, "the frame has both transparent and drawn pixels");

        var midFade = TestRender.AlphaFrame(plan, plan.FrameCount - 6);
        midFade.Rgb.Select((c, i) => c <= midFade.Alpha[i / 3]).Should().AllBeEquivalentTo(true, "a mid-fade frame stays premultiplied");
    }

    /// <summary>Stateful scenes (feedback, a simulation): any start inside the tail renders what an in-order render gives, and frame 0 continues from frame −1.</summary>
    [Theory]
    [InlineData("    feedback: { decay: 0.8, opacity: 0.6, transform: shift_up, step: 2 }\n", "      - field: { type: plasma, speed: 0.8 }\n        grid: md\n")]
    [InlineData("", "      - field: { type: cellular_automaton, rule: coral, rate: 8 }\n        grid: md\n")]
    public void Stateful_loops_render_the_same_frames_from_any_start_and_frame_0_follows_frame_minus_1(string extras, string layers)
    {
        var plan = TestRender.Plan(Spec("loop: { crossfade: 8f }\n", layers, extras));
        var n = plan.FrameCount;
        using var inOrder = new FrameRenderer(plan);
        var sequence = Enumerable.Range(n - 10, 10).Select(f => Render(inOrder, plan, f)).ToArray();

        for (var start = n - 10; start < n; start += 3)
        {
            using var late = new FrameRenderer(plan);
            Render(late, plan, start).Should().Equal(sequence[start - (n - 10)], $"a worker starting at frame {start} renders what the in-order one did");
        }

        using var across = new FrameRenderer(plan);
        Render(across, plan, -2);
        Render(across, plan, -1);
        Render(across, plan, 0).Should().Equal(TestRender.Frame(plan, 0), "frame 0 is the frame after −1 in the scene's state");
    }

    [Fact]
    public void A_loop_is_seamless_by_the_check()
    {
        var plan = TestRender.Plan(Spec("loop: true\n", seconds: "3s"));

        var seam = LoopSeam.Measure(plan);

        seam.IsSeamless.Should().BeTrue($"seam {seam.Seam:0.00} against a median step of {seam.MedianStep:0.00}");
        seam.Seam.Should().BeGreaterThan(0);
        LoopSeam.Check(plan, [new AsciiAssets.Encode.Outputs.HtmlOutput()], "test").Should().BeNull();
    }

    [Fact]
    public void A_held_layer_is_measured_at_its_new_drawings_so_a_seamless_loop_of_it_passes()
    {
        // The only thing that moves is drawn every fourth frame: three steps in four are zero, and the seam is a new drawing.
        var plan = TestRender.Plan(Spec("loop: true\n", "      - field: { type: plasma, speed: 0.8 }\n        grid: md\n        hold: 4\n", seconds: "3s"));

        var seam = LoopSeam.Measure(plan);

        seam.MedianStep.Should().BeGreaterThan(LoopSeam.InvisibleDifference, "every pair measured ends on a new drawing");
        seam.IsSeamless.Should().BeTrue($"seam {seam.Seam:0.00} against a median step of {seam.MedianStep:0.00}");
        using var renderer = new FrameRenderer(plan);
        var last = Render(renderer, plan, plan.FrameCount - 1);
        var first = Render(renderer, plan, 0);
        seam.Seam.Should().Be(last.Zip(first, (x, y) => (double)Math.Abs(x - y)).Sum() / first.Length, "the seam is the last frame against frame 0");
    }

    [Fact]
    public void A_looping_snippet_of_a_video_that_does_not_loop_warns_at_the_snippet()
    {
        var yaml = Spec("outputs: [mp4, html]\n", seconds: "3s");
        var plan = TestRender.Plan(yaml);

        var warning = LoopSeam.Check(plan, plan.Spec.Outputs!, "test");

        var seam = LoopSeam.Measure(plan);
        seam.IsSeamless.Should().BeFalse();
        warning!.ToString().Should().EndWith(FormattableString.Invariant(
            $"test.video.yaml(4,16): warning AA2071: The 'html' snippet loops test, but its last frame differs from the first by {seam.Seam:0.0} per channel value (of 255), {seam.Ratio:0.0} times the median step between neighbouring frames ({seam.MedianStep:0.0}): every loop jumps. Add 'loop: true' to the spec, or set 'loop: false' on the html output."));
        var once = TestRender.Plan(Spec("outputs: [mp4, { type: html, loop: false }]\n", seconds: "3s"));
        LoopSeam.Check(once, once.Spec.Outputs!, "test").Should().BeNull("a snippet that plays once claims no loop");
    }

    [Fact]
    public void A_loop_whose_start_jumps_warns_at_the_loop_key()
    {
        // An image sequence of three different pictures: before the start it shows its last picture, at frame 0 its first.
        var frames = TestFiles.Relative(TestImages.Sequence("loop-seam", 3).Pattern);
        var layers = $"      - source: {{ type: image, frames: \"{frames}\", frame_rate: 1 }}\n        grid: md\n";
        var plan = TestRender.Plan(Spec("loop: { crossfade: 6f }\n", layers, seconds: "3s"));

        var warning = LoopSeam.Check(plan, plan.Spec.Outputs ?? [], "test");

        var seam = LoopSeam.Measure(plan);
        warning.Should().NotBeNull($"seam {seam.Seam:0.00}, median step {seam.MedianStep:0.00}");
        warning!.ToString().Should().EndWith(FormattableString.Invariant(
            $"test.video.yaml(4,7): warning AA2070: test loops, but the last frame differs from the first by {seam.Seam:0.0} per channel value (of 255), {seam.Ratio:0.0} times the median step between neighbouring frames ({seam.MedianStep:0.0}): the seam shows. Lengthen the cross-fade (loop: {{ crossfade: 2s }}) or slow down what changes fastest."));
    }

    [Fact]
    public void Every_sample_that_loops_passes_the_check()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "sample-project", "videos");
        var checkedSamples = 0;
        foreach (var path in Directory.GetFiles(folder, "*.video.yaml"))
        {
            var loaded = SpecLoader.Load(path);
            var plan = RenderPlanner.Plan(loaded, new RenderOptions(Quality: QualityName.Draft));
            var outputs = plan.Spec.Outputs ?? AsciiAssets.Encode.Outputs.OutputKind.Default;
            LoopSeam.Check(plan, outputs, loaded.OutputName).Should().BeNull(Path.GetFileName(path));
            checkedSamples += plan.LoopFrames > 0 || outputs.OfType<AsciiAssets.Encode.Outputs.HtmlOutput>().Any(h => h.Loop) ? 1 : 0;
        }

        checkedSamples.Should().BeGreaterThan(0, "some sample loops");
    }

    /// <summary>Real renders at one and three workers (three segments, the last holding the fade) decode to the same frames.</summary>
    [Fact]
    public void A_loop_renders_the_same_frames_with_one_and_three_workers()
    {
        var yaml = Spec("loop: { crossfade: 1.5s }\n", seconds: "9s", extras: "    feedback: { decay: 0.8, opacity: 0.5 }\n");
        var (one, three, diagnostics) = FrameMd5.AtOneAndThreeWorkers(yaml);

        one.Should().HaveCount(9 * 12);
        three.Should().Equal(one);
        diagnostics.Where(d => d.Code is "AA2070" or "AA2071").Should().BeEmpty();
    }

    /// <summary>The loop is in the keys of the segments it changes: the fade's, and the first scene's where that scene has state.</summary>
    [Fact]
    public void A_loop_changes_the_keys_of_the_segments_it_changes_only()
    {
        var ffmpeg = AsciiAssets.Encode.FfmpegInstall.Locate(null);
        string[] Keys(string yaml)
        {
            var plan = TestRender.Plan(yaml, QualityName.Draft);
            return AsciiAssets.Caching.SegmentKeys.For(plan, SegmentPlanner.Plan(plan), ffmpeg).Segments.Select(s => s.Key).ToArray();
        }

        var plain = Keys(Spec("", seconds: "12s"));
        var looped = Keys(Spec("loop: true\n", seconds: "12s"));
        plain.Should().HaveCount(3);
        looped.Take(2).Should().Equal(plain.Take(2), "the first two segments do not hold the fade");
        looped[2].Should().NotBe(plain[2]);
        Keys(Spec("loop: { crossfade: 2s }\n", seconds: "12s"))[2].Should().NotBe(looped[2], "the cross-fade is in the key");

        var feedback = "    feedback: { decay: 0.8 }\n";
        var plainState = Keys(Spec("", extras: feedback, seconds: "12s"));
        var loopedState = Keys(Spec("loop: true\n", extras: feedback, seconds: "12s"));
        loopedState.Should().OnlyContain(key => !plainState.Contains(key), "with feedback the first scene's state starts before frame 0");
    }

    private static double LoopSeamMeanDifference(byte[] x, byte[] y) => x.Zip(y, (a, b) => Math.Abs(a - b)).Average();
}
