using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>
/// Footage rendered by the tool as a user runs it: the same frames for any worker count. Twelve seconds are three
/// segments, so workers start mid-scene, at a frame where the four-second clip is mid-loop, and motion mode needs the
/// clip's frame before theirs.
/// </summary>
[Collection(ToolCollection.Name)]
public class FootageRenderTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        scenes:
          - start: 0s
            end: 12s
            layers:
              - source: { type: video, file: footage.mp4, speed: 1.3 }
                palette: dense
                color: source
              - source: { type: video, file: footage.mp4, mode: motion, start: 0.5s }
                grid: sm
                color: { type: fixed, color: "#ffffff" }
                blend: screen
        """;

    [Fact]
    public async Task Every_worker_count_gives_the_same_frames_of_footage()
    {
        using var dir = new TempFolder();
        dir.Write("footage.video.yaml", Spec);
        File.Copy(Path.Combine(ToolProcess.RepositoryRoot, "sample-project", "videos", "footage.mp4"), dir.File("footage.mp4"));

        var one = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--quality", "production", "--no-cache", "--out-dir", "one");
        var three = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--quality", "production", "--no-cache", "--out-dir", "three");

        one.ExitCode.Should().Be(0, one.AllOutput);
        three.ExitCode.Should().Be(0, three.AllOutput);
        var frames = await Media.FrameMd5Async(dir.File("one/footage.mp4"));
        frames.Should().HaveCount(144).And.Equal(await Media.FrameMd5Async(dir.File("three/footage.mp4")));
        frames.Distinct().Should().HaveCountGreaterThan(100, "the footage moves");
    }
}
