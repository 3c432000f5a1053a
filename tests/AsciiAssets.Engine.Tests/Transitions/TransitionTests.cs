using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Transitions;

/// <summary>
/// Transitions between two scenes of clearly different looks: golden frames half-way, the frames around the overlap
/// equal to the scenes alone, the outgoing scene rendering on past its end, and any starting frame giving the same
/// frame (what makes segments cut inside a transition safe for any worker).
/// </summary>
public class TransitionTests
{
    /// <summary>Scene one (amber plasma in ASCII, with a feedback trail: state) 0–1s, scene two (cyan rings in binary) 1–2s; at 12 fps the transition takes frames 12–17.</summary>
    public static string Spec(string transition, string firstEnd = "1s") => $$"""
        size: 192x108
        fps: 12
        seed: 3
        scenes:
          - name: one
            start: 0s
            end: {{firstEnd}}
            feedback: { decay: 0.6 }
            layers:
              - field: plasma
                grid: xxl
                color: { type: fixed, color: "#ffb040" }
          - name: two
            start: {{firstEnd}}
            end: 2s
            {{(transition.Length == 0 ? "" : "transition: " + transition)}}
            layers:
              - field: rings
                grid: xxl
                palette: binary
                color: { type: fixed, color: "#40d0ff" }
        """;

    public static TheoryData<string, string, string> Goldens => new()
    {
        { "crossfade", "{ type: crossfade, duration: 500ms }", "a1b3e0fcefbc09b5" },
        { "canvas_crossfade", "{ type: canvas_crossfade, duration: 500ms }", "1ceb5d542b3dc69f" },
        { "wipe", "{ type: wipe, duration: 500ms }", "36ce1f1723afaa03" },
        { "wipe_clockwise", "{ type: wipe, direction: clockwise, duration: 500ms }", "dfcd72a12e71fe75" },
        { "dissolve", "{ type: dissolve, duration: 500ms }", "104d27f762adf0d0" },
        { "glitch_cut", "{ type: glitch_cut, duration: 500ms }", "607a41ec04e859cf" },
        { "iris", "{ type: iris, duration: 500ms }", "9b85fae1b881aeef" },
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Half_way_frames_match_their_goldens(string name, string transition, string expected)
    {
        var plan = TestRender.Plan(Spec(transition));
        Golden.Check(TestRender.Frame(plan, 14), plan.Width, plan.Height, expected, $"TransitionTests.{name}.f14");
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Only_the_transitions_frames_change_and_each_of_them_mixes_both_scenes(string name, string transition, string expected)
    {
        _ = (name, expected);
        var cut = TestRender.Plan(Spec(""));
        var transitioned = TestRender.Plan(Spec(transition));
        var longer = TestRender.Plan(Spec("", firstEnd: "1.5s"));

        transitioned.Scenes[1].TransitionFrames.Should().Be(6);
        foreach (var frame in new[] { 0, 11, 18, 23 })
        {
            TestRender.Frame(transitioned, frame).Should().Equal(TestRender.Frame(cut, frame), $"frame {frame} is outside the transition");
        }

        for (var frame = 12; frame < 18; frame++)
        {
            var mixed = TestRender.Frame(transitioned, frame);
            mixed.Should().NotEqual(TestRender.Frame(cut, frame), $"frame {frame} shows some of the outgoing scene");
            mixed.Should().NotEqual(TestRender.Frame(longer, frame), $"frame {frame} shows some of the incoming scene");
        }
    }

    [Fact]
    public void The_outgoing_scene_renders_on_past_its_end_with_its_state()
    {
        // A canvas crossfade is a plain mix of the two frames, so its outgoing frame can be checked exactly: it is the
        // frame the first scene would show if it went on (its feedback trail included).
        var plan = TestRender.Plan(Spec("{ type: canvas_crossfade, duration: 500ms }"));
        var cut = TestRender.Plan(Spec(""));
        var longer = TestRender.Plan(Spec("", firstEnd: "1.5s"));
        const int frame = 15;
        var expected = TestRender.Frame(cut, frame);
        PixelMath.Mix(TestRender.Frame(longer, frame), expected, (int)(plan.Scenes[1].TransitionProgress(frame) * 256f + 0.5f));

        TestRender.Frame(plan, frame).Should().Equal(expected);
    }

    [Fact]
    public void A_hard_wipe_shows_the_incoming_scene_behind_its_edge_and_the_outgoing_one_ahead()
    {
        var plan = TestRender.Plan(Spec("{ type: wipe, duration: 500ms, softness: 0 }"));
        var incoming = TestRender.Frame(TestRender.Plan(Spec("")), 14);
        var outgoing = TestRender.Frame(TestRender.Plan(Spec("", firstEnd: "1.5s")), 14);
        var frame = TestRender.Frame(plan, 14);
        var edge = (int)(plan.Scenes[1].TransitionProgress(14) * plan.Width);

        for (var y = 0; y < plan.Height; y++)
        {
            var row = y * plan.Width * 3;
            frame.AsSpan(row, (edge - 2) * 3).ToArray().Should().Equal(incoming.AsSpan(row, (edge - 2) * 3).ToArray());
            frame.AsSpan(row + (edge + 2) * 3, (plan.Width - edge - 2) * 3).ToArray().Should().Equal(outgoing.AsSpan(row + (edge + 2) * 3, (plan.Width - edge - 2) * 3).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void A_worker_starting_inside_the_transition_renders_the_same_frames(string name, string transition, string expected)
    {
        _ = (name, expected);
        var plan = TestRender.Plan(Spec(transition));
        var inOrder = new List<byte[]>();
        using (var renderer = new FrameRenderer(plan))
        using (var buffer = new FrameBuffer(plan.Width, plan.Height))
        {
            for (var frame = 0; frame < 18; frame++)
            {
                renderer.Render(frame, buffer);
                inOrder.Add(buffer.Pixels.ToArray());
            }
        }

        foreach (var start in new[] { 12, 15 })
        {
            using var renderer = new FrameRenderer(plan);
            using var buffer = new FrameBuffer(plan.Width, plan.Height);
            for (var frame = start; frame < 18; frame++)
            {
                renderer.Render(frame, buffer);
                buffer.Pixels.ToArray().Should().Equal(inOrder[frame], $"frame {frame} rendered by a worker that started at {start}");
            }
        }
    }

    [Fact]
    public void Rendering_a_transition_frame_allocates_nothing()
    {
        var plan = TestRender.Plan(Spec("{ type: crossfade, duration: 500ms }"));
        using var renderer = new FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(12, buffer);
        renderer.Render(13, buffer);
        var frame = 14;

        Probe.Allocated(() => renderer.Render(frame++, buffer)).Should().Be(0);
    }
}
