using AsciiAssets.Frames;
using AsciiAssets.Rendering;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>The feedback transforms added with the full vocabulary: a vertical mirror and rotations both ways.</summary>
public class FeedbackTransformTests
{
    private static string Spec(string transform) =>
        TestRender.LayerSpec("field: { type: explosion, interval: 0.5 }", $"feedback: {{ decay: 0.9, opacity: 0.8, transform: {transform}, step: 3 }}");

    [Theory]
    [InlineData("mirror_v", 9, "c20550d3dba1e6a1")]
    [InlineData("rotate_cw", 9, "7b10bace5b4914d5")]
    [InlineData("rotate_ccw", 9, "19001737f7c87caa")]
    public void Matches_golden_hash(string transform, int frame, string expected) =>
        TestRender.ShouldMatchGolden(Spec(transform), frame, expected);

    [Theory]
    [InlineData("mirror_v")]
    [InlineData("rotate_cw")]
    [InlineData("rotate_ccw")]
    public void A_frame_rendered_out_of_order_equals_the_frame_rendered_in_order(string transform)
    {
        var plan = TestRender.Plan(Spec(transform));
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        for (var f = 0; f <= 20; f++)
        {
            renderer.Render(f, frame);
        }

        TestRender.Frame(plan, 20).Should().Equal(frame.Pixels.ToArray());
    }

    [Theory]
    [InlineData(FeedbackTransform.RotateCw, 1)]
    [InlineData(FeedbackTransform.RotateCcw, -1)]
    public void A_dot_above_the_centre_turns_the_named_way(FeedbackTransform transform, int direction)
    {
        using var feedback = new FeedbackBuffer(new FeedbackSpec(Decay: 0.9f, Opacity: 1f, Transform: transform, Step: 4), 64, 64);
        using var frame = new FrameBuffer(64, 64);
        frame.Pixels.Clear();
        frame.Pixels.Slice((4 * 64 + 32) * 3, 3).Fill(255);
        feedback.Apply(frame);
        frame.Pixels.Clear();
        feedback.Apply(frame);

        var lit = Enumerable.Range(0, 64 * 64).Where(p => frame.Pixels[p * 3] > 0).ToArray();
        lit.Should().NotBeEmpty();
        lit.Average(p => p % 64 - 32.0).Should().BeGreaterThan(direction > 0 ? 1 : double.MinValue).And.BeLessThan(direction < 0 ? -1 : double.MaxValue,
            "on screen, clockwise carries the top of the frame to the right");
    }
}
