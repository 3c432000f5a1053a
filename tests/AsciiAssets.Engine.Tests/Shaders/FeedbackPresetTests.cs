using AsciiAssets.Compose.BlendModes;
using AsciiAssets.Frames;
using AsciiAssets.Rendering;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>The feedback buffer's blend choice, hue shift, kaleidoscope and haze transforms, and the seven presets.</summary>
public class FeedbackPresetTests
{
    private static string Spec(string feedback) =>
        TestRender.LayerSpec("field: { type: explosion, interval: 0.5 }", $"feedback: {feedback}");

    [Theory]
    [InlineData("zoom_tunnel", "c63bbf55422b5746")]
    [InlineData("rainbow_trails", "6465d8a310b27d29")]
    [InlineData("ghostly_echo", "8586d0dc334985b1")]
    [InlineData("kaleidoscopic", "385e417c5236779d")]
    [InlineData("colour_evolution", "c83793555b47de0e")]
    [InlineData("multiplied_depth", "d3bb0f37a202b57a")]
    [InlineData("heat_haze", "05d7e5393c3319b4")]
    public void Matches_golden_hash(string preset, string expected) =>
        TestRender.ShouldMatchGolden(Spec($"{{ preset: {preset} }}"), 9, expected);

    [Theory]
    [InlineData("{ preset: zoom_tunnel }")]
    [InlineData("{ preset: rainbow_trails }")]
    [InlineData("{ preset: multiplied_depth }")]
    [InlineData("{ preset: kaleidoscopic }")]
    [InlineData("{ blend: difference, decay: 0.8 }")]
    public void A_frame_rendered_out_of_order_equals_the_frame_rendered_in_order(string feedback)
    {
        var plan = TestRender.Plan(Spec(feedback));
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        for (var f = 0; f <= 14; f++)
        {
            renderer.Render(f, frame);
        }

        var inOrder = frame.Pixels.ToArray();
        renderer.Render(20, frame);
        renderer.Render(14, frame);
        frame.Pixels.ToArray().Should().Equal(inOrder);
        TestRender.Frame(plan, 14).Should().Equal(inOrder);
    }

    [Fact]
    public void Keys_beside_a_preset_override_it_and_the_rest_come_from_it()
    {
        var settings = new FeedbackSpec(Preset: FeedbackPreset.HeatHaze, Decay: 0.7f, Blend: new ScreenBlend()).Resolve();
        settings.Should().Be(FeedbackSettings.Of(FeedbackPreset.HeatHaze) with { Decay = 0.7f, Blend = new ScreenBlend() });
        settings.Transform.Should().Be(FeedbackTransform.Haze);
        new FeedbackSpec().Resolve().Should().Be(FeedbackSettings.Default);
    }

    [Fact]
    public void Every_preset_differs_from_the_defaults_and_from_each_other()
    {
        var all = Enum.GetValues<FeedbackPreset>().Select(FeedbackSettings.Of).Append(FeedbackSettings.Default).ToArray();
        all.Should().HaveCount(8).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_lighten_blend_written_out_is_the_default_and_another_blend_changes_the_frame()
    {
        var byDefault = TestRender.FrameHash(Spec("{ decay: 0.9 }"), 9);
        TestRender.FrameHash(Spec("{ decay: 0.9, blend: lighten }"), 9).Should().Be(byDefault);
        TestRender.FrameHash(Spec("{ decay: 0.9, blend: screen }"), 9).Should().NotBe(byDefault);
    }

    [Theory]
    [InlineData("{ decay: 0.9 }", false)]
    [InlineData("{ decay: 0.9, transform: zoom }", false)]
    [InlineData("{ decay: 0.9, hue_shift: 10 }", true)]
    [InlineData("{ decay: 0.9, blend: add }", true)]
    public void Only_exactly_forgetting_buffers_warm_up_in_a_bounded_number_of_frames(string feedback, bool fromSceneStart)
    {
        var spec = TestRender.Parse(Spec(feedback)).Spec.Scenes[0].Feedback!;
        using var buffer = new FeedbackBuffer(spec, 16, 16);
        (buffer.WarmUpFrames == int.MaxValue).Should().Be(fromSceneStart);
    }

    [Fact]
    public void A_hue_shift_turns_an_echo_round_the_colour_wheel()
    {
        // A red dot, then black frames: a third of a turn per frame makes the echo green, then blue.
        using var feedback = new FeedbackBuffer(new FeedbackSpec(Decay: 0.98f, Opacity: 1f, HueShift: 120f), 8, 8);
        using var frame = new FrameBuffer(8, 8);
        frame.Pixels.Clear();
        frame.Pixels.Slice(0, 3).Fill(0);
        frame.Pixels[0] = 255;
        feedback.Apply(frame);
        frame.Pixels.Clear();
        feedback.Apply(frame);
        var (r, g, b) = (frame.Pixels[0], frame.Pixels[1], frame.Pixels[2]);
        g.Should().BeGreaterThan(r).And.BeGreaterThan(b);
        frame.Pixels.Clear();
        feedback.Apply(frame);
        frame.Pixels[2].Should().BeGreaterThan(frame.Pixels[0]).And.BeGreaterThan(frame.Pixels[1]);
    }

    [Fact]
    public void The_kaleidoscope_folds_a_dot_into_four_mirrored_quarters()
    {
        const int Size = 32;
        using var feedback = new FeedbackBuffer(new FeedbackSpec(Decay: 0.9f, Opacity: 1f, Transform: FeedbackTransform.Kaleidoscope, Step: 0), Size, Size);
        using var frame = new FrameBuffer(Size, Size);
        frame.Pixels.Clear();
        frame.Pixels.Slice((5 * Size + 7) * 3, 3).Fill(255);
        feedback.Apply(frame);
        frame.Pixels.Clear();
        feedback.Apply(frame);
        var lit = Enumerable.Range(0, Size * Size).Where(p => frame.Pixels[p * 3] > 0).Select(p => (X: p % Size, Y: p / Size)).ToHashSet();
        lit.Should().BeEquivalentTo(new[] { (7, 5), (Size - 1 - 7, 5), (7, Size - 1 - 5), (Size - 1 - 7, Size - 1 - 5) });
    }

    [Fact]
    public void The_haze_carries_a_dot_upward_by_the_step()
    {
        const int Size = 32;
        using var feedback = new FeedbackBuffer(new FeedbackSpec(Decay: 0.9f, Opacity: 1f, Transform: FeedbackTransform.Haze, Step: 2), Size, Size);
        using var frame = new FrameBuffer(Size, Size);
        frame.Pixels.Clear();
        frame.Pixels.Slice((20 * Size + 16) * 3, 3).Fill(255);
        feedback.Apply(frame);
        frame.Pixels.Clear();
        feedback.Apply(frame);
        var lit = Enumerable.Range(0, Size * Size).Where(p => frame.Pixels[p * 3] > 0).ToArray();
        lit.Should().ContainSingle();
        (lit[0] / Size).Should().Be(18);
        (lit[0] % Size).Should().BeInRange(14, 18);
    }
}
