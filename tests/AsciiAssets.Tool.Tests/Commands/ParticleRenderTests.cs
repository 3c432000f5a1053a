using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>
/// Stateful particles (boids, flow followers) and feedback buffers that replay from the scene start (a hue shift, an
/// add blend) hold state from frame to frame; twelve seconds are three segments, so workers start mid-scene and replay.
/// </summary>
[Collection(ToolCollection.Name)]
public class ParticleRenderTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 3
        scenes:
          - start: 0s
            end: 7s
            feedback: { preset: rainbow_trails }
            layers:
              - field: { type: boids, count: 120 }
                grid: sm
              - field: flow
                grid: sm
                blend: screen
          - start: 7s
            end: 12s
            feedback: { preset: multiplied_depth }
            layers:
              - field: { type: flow, rate: 40 }
                grid: sm
              - field: gravity_well
                blend: add
        """;

    [Fact]
    public async Task Every_worker_count_gives_the_same_frames()
    {
        using var dir = new TempFolder();
        dir.Write("particles.video.yaml", Spec);

        var one = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--quality", "production", "--out-dir", "one");
        var three = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--quality", "production", "--out-dir", "three");

        one.ExitCode.Should().Be(0, one.AllOutput);
        three.ExitCode.Should().Be(0, three.AllOutput);
        var frames = await Media.FrameMd5Async(dir.File("one/particles.mp4"));
        frames.Should().HaveCount(144).And.Equal(await Media.FrameMd5Async(dir.File("three/particles.mp4")));
        frames.Select(f => f.Split(',')[^1].Trim()).Distinct().Should().HaveCount(144, "the particles move every frame");
    }
}
