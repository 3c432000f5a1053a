using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>
/// Transitions across segment cuts: the second scene's 5 s crossfade runs past its first 4 s segment, so the worker
/// of the next segment starts inside it and must replay the outgoing scene's feedback from that scene's start; the
/// third scene's wipe starts a segment of its own. Any worker count gives the same frames.
/// </summary>
[Collection(ToolCollection.Name)]
public class TransitionRenderTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 5
        scenes:
          - name: trail
            start: 0s
            end: 6s
            feedback: { decay: 0.9, transform: zoom }
            layers:
              - field: plasma
          - name: rings
            start: 6s
            end: 12s
            transition: { type: canvas_crossfade, duration: 5s }
            layers:
              - field: rings
                palette: binary
          - name: tunnel
            start: 12s
            end: 14s
            transition: { type: wipe, direction: clockwise, duration: 1s }
            layers:
              - field: tunnel
        """;

    [Fact]
    public async Task Every_worker_count_gives_the_same_frames_across_transitions()
    {
        using var dir = new TempFolder();
        dir.Write("transitions.video.yaml", Spec);

        var one = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--quality", "production", "--out-dir", "one");
        var three = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--quality", "production", "--out-dir", "three");

        one.ExitCode.Should().Be(0, one.AllOutput);
        three.ExitCode.Should().Be(0, three.AllOutput);
        var frames = await Media.FrameMd5Async(dir.File("one/transitions.mp4"));
        frames.Should().HaveCount(168).And.Equal(await Media.FrameMd5Async(dir.File("three/transitions.mp4")));
        frames.Select(f => f.Split(',')[^1].Trim()).Distinct().Should().HaveCount(168, "every frame moves");
    }

    [Fact]
    public async Task A_snapped_start_is_reported_with_its_position()
    {
        using var dir = new TempFolder();
        dir.Write("snapped.video.yaml", """
            size: 160x90
            fps: 12
            tempo: 100
            scenes:
              - start: 0s
                end: 2s
                layers:
                  - field: plasma
              - name: drop
                start: 2s
                end: 3s
                snap_to_beat: true
                transition: { type: glitch_cut, duration: 250ms }
                layers:
                  - field: rings
            """);

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", "snapped.video.yaml", "--quality", "draft");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.AllOutput.Should().Contain("snapped.video.yaml(12,19): message AA2081: Scene 'drop' starts at 1.833s (frame 22) instead of 2s, the nearest beat of 100 bpm (synthetic); scene '1' ends there.");
    }
}
