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

    [Fact]
    public async Task Footage_named_as_the_audio_gives_the_video_its_sound()
    {
        using var dir = new TempFolder();
        var tone = await Media.ToneAsync(dir.Path, 5);
        var muxed = await ToolProcess.RunAsync("ffmpeg", new[]
        {
            "-v", "error", "-y", "-i", Path.Combine(ToolProcess.RepositoryRoot, "sample-project", "videos", "footage.mp4"), "-i", tone,
            "-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "aac", "trailer.mp4",
        }, dir.Path);
        muxed.ExitCode.Should().Be(0, muxed.StandardError);
        dir.Write("trailer.video.yaml", """
            size: 160x90
            fps: 12
            audio: trailer.mp4
            scenes:
              - start: 0s
                end: 3s
                layers:
                  - source: { type: video, file: trailer.mp4 }
                    palette: dense
                    color: source
            """);

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--no-cache", "--out-dir", "out");

        result.ExitCode.Should().Be(0, result.AllOutput);
        var streams = await Media.ProbeAsync(dir.File("out/trailer.mp4"));
        streams.Single(s => s.CodecType == "video").Frames.Should().Be(36);
        var audio = streams.Single(s => s.CodecType == "audio");
        audio.CodecName.Should().Be("aac");
        audio.Duration.Should().BeApproximately(3.0, 0.1, "the footage's 5 s of sound is cut to the video's length");
        var loudness = await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "info", "-i", dir.File("out/trailer.mp4"), "-map", "0:a", "-af", "volumedetect", "-f", "null", "-" }, dir.Path);
        loudness.StandardError.Should().MatchRegex(@"mean_volume: -(1|2)\d\.\d dB", "the footage's tone (-21 dB), not silence");
    }
}
