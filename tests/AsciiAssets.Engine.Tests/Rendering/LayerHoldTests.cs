using AsciiAssets.Frames;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Encode.Outputs;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

/// <summary>
/// A layer with 'hold: N' is drawn on its scene's first frame and every N frames after, as at that frame, and shown
/// unchanged in between, while the rest of the scene moves every frame; the same on any worker from any start.
/// </summary>
public class LayerHoldTests
{
    private static string Held(int hold, string extras = "") =>
        TestRender.LayerSpec($"field: {{ type: plasma, speed: 3 }}\nhold: {hold}{extras}", size: "96x54");

    /// <summary>A bottom layer moving every frame (or held too) under a held rain layer.</summary>
    private static string TwoLayers(int bottomHold) => $"""
        size: 96x54
        fps: 12
        seed: 7
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: {"{"} type: plasma, speed: 3 {"}"}
                hold: {bottomHold}
              - field: matrix_rain
                blend: screen
                hold: 3
        """;

    [Theory]
    [InlineData(4, "82b948f0825e21a5")]
    [InlineData(7, "d75268a6aacf60fa")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(TwoLayers(bottomHold: 2), frame, expected);

    [Fact]
    public void Frames_of_one_window_are_the_first_frame_of_it_and_the_next_window_is_drawn_anew()
    {
        var held = TestRender.Plan(Held(3));
        var every = TestRender.Plan(Held(1));

        TestRender.Frame(held, 4).Should().Equal(TestRender.Frame(every, 3), "frame 4 shows the drawing of frame 3");
        TestRender.Frame(held, 5).Should().Equal(TestRender.Frame(every, 3));
        TestRender.Frame(held, 6).Should().Equal(TestRender.Frame(every, 6));
        TestRender.Frame(held, 6).Should().NotEqual(TestRender.Frame(held, 5));
    }

    [Fact]
    public void The_other_layers_keep_moving_every_frame()
    {
        var moving = TestRender.Plan(TwoLayers(bottomHold: 1));
        var both = TestRender.Plan(TwoLayers(bottomHold: 3));

        TestRender.Frame(moving, 4).Should().NotEqual(TestRender.Frame(moving, 3), "the bottom layer moves under the held one");
        TestRender.Frame(both, 4).Should().Equal(TestRender.Frame(both, 3), "with both held nothing changes inside a window");
    }

    [Fact]
    public void Moving_parameters_of_a_held_layer_hold_with_it()
    {
        var plan = TestRender.Plan(Held(4, "\nopacity: { from: 0.2, to: 1, end: 2s }\nblend: screen"));

        TestRender.Frame(plan, 9).Should().Equal(TestRender.Frame(plan, 8), "the opacity is the window's first frame's too");
        TestRender.Frame(plan, 12).Should().NotEqual(TestRender.Frame(plan, 11));
    }

    [Fact]
    public void Any_start_renders_what_an_in_order_render_gives()
    {
        var plan = TestRender.Plan(Held(3, "\nopacity: { from: 0.2, to: 1, end: 2s }\nblend: screen"));
        using var inOrder = new FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        for (var frame = 0; frame < 10; frame++)
        {
            inOrder.Render(frame, buffer);
            TestRender.Frame(plan, frame).Should().Equal(buffer.Pixels.ToArray(), $"a worker starting at frame {frame} renders it as the in-order one");
        }
    }

    [Fact]
    public void Windows_count_from_the_scenes_first_frame()
    {
        // The second scene starts at frame 13, so its windows of 5 are 13..17, 18..22.
        var plan = TestRender.Plan("""
            size: 96x54
            fps: 12
            seed: 7
            scenes:
              - start: 0s
                end: 13f
                layers:
                  - field: plasma
              - start: 13f
                end: 2s
                layers:
                  - field: { type: plasma, speed: 3 }
                    hold: 5
            """);

        TestRender.Frame(plan, 17).Should().Equal(TestRender.Frame(plan, 13));
        TestRender.Frame(plan, 18).Should().NotEqual(TestRender.Frame(plan, 17));
    }

    /// <summary>Real renders at one and three workers decode to the same frames.</summary>
    [Fact]
    public void Renders_the_same_frames_with_one_and_three_workers()
    {
        var yaml = Held(3, "\nopacity: { from: 0.2, to: 1, end: 2s }").Replace("end: 2s\n", "end: 9s\n", StringComparison.Ordinal);
        var (one, three, _) = FrameMd5.AtOneAndThreeWorkers(yaml);

        one.Should().HaveCount(9 * 12);
        three.Should().Equal(one);
    }
}
