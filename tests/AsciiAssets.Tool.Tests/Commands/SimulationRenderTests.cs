using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>
/// Simulations (reaction-diffusion, a cellular automaton, one nested in a morph and one under a transform) hold state
/// from frame to frame; twelve seconds are three segments, so workers start mid-scene and replay from the scene start.
/// </summary>
[Collection(ToolCollection.Name)]
public class SimulationRenderTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 5
        scenes:
          - start: 0s
            end: 12s
            layers:
              - field: { type: reaction_diffusion, preset: worms, warmup: 200 }
              - field: { type: morph, from: plasma, to: { type: cellular_automaton, rule: life }, mix: 0.8 }
                grid: sm
                blend: screen
              - field: { type: cellular_automaton, rule: maze, transform: [{ type: rotate, speed: 0.1 }] }
                grid: lg
                blend: add
                opacity: 0.5
        """;

    [Fact]
    public async Task Every_worker_count_gives_the_same_frames()
    {
        using var dir = new TempFolder();
        dir.Write("simulated.video.yaml", Spec);

        var one = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--quality", "production", "--out-dir", "one");
        var three = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--quality", "production", "--out-dir", "three");

        one.ExitCode.Should().Be(0, one.AllOutput);
        three.ExitCode.Should().Be(0, three.AllOutput);
        var frames = await Media.FrameMd5Async(dir.File("one/simulated.mp4"));
        frames.Should().HaveCount(144).And.Equal(await Media.FrameMd5Async(dir.File("three/simulated.mp4")));
        frames.Select(f => f.Split(',')[^1].Trim()).Distinct().Should().HaveCount(144, "the simulations move every frame");
    }
}
