using AsciiAssets.Caching;
using AsciiAssets.Encode;
using AsciiAssets.Plan;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Transitions;

/// <summary>
/// A segment with frames of a transition renders the previous scene too, so its key holds that scene; the segments
/// after the transition hold neither it nor the transition, so editing either re-renders only what shows it.
/// </summary>
public class TransitionKeyTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        scenes:
          - name: one
            start: 0s
            end: 2s
            layers:
              - field: plasma
          - name: two
            start: 2s
            end: 12s
            transition: { type: wipe, duration: 1s }
            layers:
              - field: rings
        """;

    private static string[] Keys(string yaml)
    {
        var plan = TestRender.Plan(yaml);
        return SegmentKeys.For(plan, SegmentPlanner.Plan(plan), FfmpegInstall.Locate(null)).Segments.Select(k => k.Key).ToArray();
    }

    [Fact]
    public void Segments_show_what_their_frames_render()
    {
        var plan = TestRender.Plan(Spec);
        SegmentPlanner.Plan(plan).Select(s => (s.StartFrame, s.EndFrame)).Should().Equal((0, 24), (24, 72), (72, 120), (120, 144));
        var before = Keys(Spec);

        var outgoingEdited = Keys(Spec.Replace("field: plasma", "field: { type: plasma, scale: 2 }"));
        var transitionEdited = Keys(Spec.Replace("type: wipe", "type: iris"));
        var incomingEdited = Keys(Spec.Replace("field: rings", "field: { type: rings, speed: 2 }"));

        // Segments: one's, two's with the transition, two's two after it.
        outgoingEdited.Select((k, i) => k != before[i]).Should().Equal(true, true, false, false);
        transitionEdited.Select((k, i) => k != before[i]).Should().Equal(false, true, false, false);
        incomingEdited.Select((k, i) => k != before[i]).Should().Equal(false, true, true, true);
    }

    [Fact]
    public void The_explained_parts_name_the_outgoing_scene()
    {
        var plan = TestRender.Plan(Spec);
        var components = SegmentKeys.For(plan, SegmentPlanner.Plan(plan), FfmpegInstall.Locate(null)).Segments[1].Components;

        components["transition from"].Should().Be("scene 0 (0-24) over frames 24-36");
        components.Keys.Should().Contain("outgoing scene");
    }
}
