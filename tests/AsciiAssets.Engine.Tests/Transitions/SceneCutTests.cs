using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Tests.Support;
using AsciiAssets.Transitions;

namespace AsciiAssets.Tests.Transitions;

/// <summary>Where transitions and beat snaps may go, what they do to the scene table, and what is reported.</summary>
public class SceneCutTests
{
    private const string TwoScenes = """
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
            end: 3s
            layers:
              - field: rings
        """;

    private static string Transparent(string yaml) => yaml.Replace("fps: 12\n", "fps: 12\nbackground: transparent\noutputs: [ png ]\n");

    private static string OnScene(string scene, string keys) =>
        TwoScenes.Replace($"  - name: {scene}\n", $"  - name: {scene}\n    {keys.Replace("\n", "\n    ")}\n");

    public static TheoryData<string, string> Errors => new()
    {
        { OnScene("one", "transition: { type: wipe }"), "(5,17): error AA1180: Scene 'one' is the first scene, so its wipe transition has no scene to come from." },
        { OnScene("two", "transition: { type: iris, duration: 1.5s }"), "(10,41): error AA1181: The iris transition of scene 'two' lasts 1.5s, longer than the scene (1s)." },
        { OnScene("two", "transition: { type: dissolve, duration: 20ms }"), "(10,45): error AA1182: The dissolve transition of scene 'two' lasts 20ms, less than one frame at 12 fps." },
        { OnScene("one", "snap_to_beat: true"), "(5,19): error AA1183: Scene 'one' is the first scene: its start is the video's start and cannot move to a beat." },
        { TwoScenes.Replace("fps: 12\n", "").Replace("end: 3s", "end: 3s\n    transition: { type: crossfade, duration: 6f }"), "(11,46): error AA1025: '6f' is given in frames, so the spec needs 'fps' (otherwise its meaning would change with the quality profile)." },
        { OnScene("two", "transition: { type: wipe, direction: sideways }"), "(10,42): error AA1003: Unknown direction 'sideways'." },
        { OnScene("two", "transition: { type: swirl }"), "(10,25): error AA1003: Unknown transition 'swirl'." },
        { Transparent(OnScene("two", "transition: { type: iris, duration: 1.5s }")), "(12,41): error AA1181: The iris transition of scene 'two' lasts 1.5s, longer than the scene (1s)." },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Misplaced_or_oversized_cuts_are_reported_at_their_key(string yaml, string expected)
    {
        var act = () => TestRender.Parse(yaml);

        var error = act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First();
        error.ToString().Should().StartWith(Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml") + expected);
    }

    public static TheoryData<string> TransitionNames() => new(SpecRegistry.Kind<TransitionParameters>().Entries.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(TransitionNames))]
    public void A_transparent_spec_takes_every_transition(string type)
    {
        var plan = TestRender.Plan(Transparent(OnScene("two", $"transition: {{ type: {type} }}")));

        plan.Transparent.Should().BeTrue();
        plan.Scenes[1].TransitionFrames.Should().Be(6);
        plan.Notes.Should().BeEmpty();
    }

    [Fact]
    public void A_transition_without_a_duration_takes_half_a_second_and_is_reported_at_its_key_when_too_long()
    {
        TestRender.Plan(OnScene("two", "transition: crossfade")).Scenes[1].TransitionFrames.Should().Be(6);

        var act = () => TestRender.Parse(OnScene("two", "transition: crossfade").Replace("end: 3s", "end: 2.25s"));

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString()
            .Should().EndWith("(10,17): error AA1181: The crossfade transition of scene 'two' lasts 500ms, longer than the scene (0.25s).");
    }

    [Fact]
    public void A_start_snaps_to_the_nearest_beat_of_the_tempo_and_says_so()
    {
        // 100 bpm: beats every 0.6s, at frames 0, 7.2 → 7, 14.4 → 14, 21.6 → 22, …; the written start 2s (frame 24) is nearest 22.
        var plan = TestRender.Plan(OnScene("two", "snap_to_beat: true").Replace("fps: 12\n", "fps: 12\ntempo: 100\n"));

        (plan.Scenes[0].EndFrame, plan.Scenes[1].StartFrame, plan.Scenes[1].EndFrame).Should().Be((22, 22, 36));
        plan.Notes.Select(n => n.ToString()).Should().Equal(Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml")
            + "(11,19): message AA2081: Scene 'two' starts at 1.833s (frame 22) instead of 2s, the nearest beat of 100 bpm (synthetic); scene 'one' ends there.");
    }

    [Fact]
    public void A_start_already_on_a_beat_stays_and_nothing_is_reported()
    {
        var plan = TestRender.Plan(OnScene("two", "snap_to_beat: true"));

        plan.Scenes[1].StartFrame.Should().Be(24);
        plan.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_beat_in_reach_the_start_stays_with_a_warning()
    {
        // 20 bpm: beats at 0s and 3s only, neither strictly inside (0s, 3s).
        var plan = TestRender.Plan(OnScene("two", "snap_to_beat: true").Replace("fps: 12\n", "fps: 12\ntempo: 20\n"));

        plan.Scenes[1].StartFrame.Should().Be(24);
        plan.Notes.Single().ToString().Should().EndWith(
            "(11,19): warning AA2080: Scene 'two' snaps to the beat, but 20 bpm (synthetic) has no beat between 0.083s and 2.917s (after the previous scene's start, before this scene's end); it starts at 2s as written.");
    }

    [Fact]
    public void A_snap_that_leaves_the_scene_shorter_than_its_transition_is_an_error()
    {
        var yaml = OnScene("two", "snap_to_beat: true\ntransition: { type: wipe, duration: 1s }").Replace("fps: 12\n", "fps: 12\ntempo: 80\n");
        // 80 bpm: beats every 0.75s, at frames 0, 9, 18, 27, …: the start 2s (frame 24) moves to 27, leaving 9 of the 1s transition's 12 frames.
        var act = () => TestRender.Plan(yaml);

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString()
            .Should().EndWith("(11,19): error AA1184: Moved to the beat at 2.25s, scene 'two' is 9 frames long, shorter than its wipe transition (12 frames).");
    }

    [Fact]
    public void A_snap_of_the_next_scene_that_shortens_a_transitions_scene_is_an_error_at_that_snap()
    {
        // 100 bpm: the third scene's start 3s (frame 36) moves to the beat at frame 29, leaving 'two' 5 of its 6 frames.
        var yaml = OnScene("two", "transition: { type: iris, duration: 500ms }").Replace("fps: 12\n", "fps: 12\ntempo: 100\n").Replace("end: 3s", "end: 2.5s")
            + "\n  - name: three\n    start: 2.5s\n    end: 4s\n    snap_to_beat: true\n    layers:\n      - field: plasma\n";

        var act = () => TestRender.Plan(yaml);

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString()
            .Should().EndWith("(19,19): error AA1184: Moved to the beat at 2.417s, scene 'two' is 5 frames long, shorter than its iris transition (6 frames).");
    }

    [Fact]
    public void A_start_snaps_to_a_beat_of_the_audio()
    {
        // Clicks at 120 bpm: a beat every 0.5s, frames 0, 6, 12, …; the start written at 1.3s (frame 16) goes to the click at 1.5s.
        var audio = TestAudio.Clicks(120);
        var yaml = OnScene("two", "snap_to_beat: true").Replace("fps: 12\n", $"fps: 12\naudio: \"{TestFiles.Relative(audio)}\"\n").Replace("end: 2s", "end: 1.3s").Replace("start: 2s", "start: 1.3s");

        var plan = TestRender.Plan(yaml);

        plan.Scenes[1].StartFrame.Should().BeOneOf(18);
        plan.Notes.Single().Code.Should().Be("AA2081");
        plan.Features!.BeatFrames.ToArray().Should().Contain(plan.Scenes[1].StartFrame);
    }
}
