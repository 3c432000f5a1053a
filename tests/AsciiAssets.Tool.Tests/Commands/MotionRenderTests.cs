using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>
/// Parameters on arcs, keyframes and the beat, rendered by the tool as a user runs it: the same frames for any
/// worker count. Twelve seconds are three segments, so workers start mid-scene and replay the feedback.
/// </summary>
[Collection(ToolCollection.Name)]
public class MotionRenderTests
{
    /// <summary>Bloom strength on an arc, a nested field's scale on keyframes, a layer's opacity on the beat, a shader's mix on keyframes.</summary>
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 4
        tempo: 90
        scenes:
          - start: 0s
            end: 12s
            layers:
              - field: { type: morph, from: { type: plasma, scale: { keys: { 0s: 1, 6s: 3, 12s: 1.5 }, ease: in_out_quad } }, to: rings, mix: 0.5 }
                palette: dense
              - field: rings
                grid: sm
                blend: screen
                opacity: { feature: beat_decay, min: 0.2, max: 1 }
            shaders:
              - { type: bloom, threshold: 60, strength: { from: 0, to: 3, ease: elastic } }
              - { type: vignette, strength: 1.2, mix: { keys: { 3s: 0, 9s: 1 }, ease: out_expo } }
            feedback: { decay: 0.7, opacity: 0.4, transform: zoom }
        """;

    [Fact]
    public async Task Every_worker_count_gives_the_same_moving_frames()
    {
        using var dir = new TempFolder();
        dir.Write("moving.video.yaml", Spec);

        var one = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--quality", "production", "--out-dir", "one");
        var three = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--quality", "production", "--out-dir", "three");

        one.ExitCode.Should().Be(0, one.AllOutput);
        three.ExitCode.Should().Be(0, three.AllOutput);
        var frames = await Media.FrameMd5Async(dir.File("one/moving.mp4"));
        frames.Should().HaveCount(144).And.Equal(await Media.FrameMd5Async(dir.File("three/moving.mp4")));
        frames.Select(f => f.Split(',')[^1].Trim()).Distinct().Should().HaveCount(144, "every frame moves");
    }
}
