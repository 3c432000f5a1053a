using System.Globalization;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>The whole path as a user runs it: music in, beat-driven motion out, in sync, whatever the worker count.</summary>
[Collection(ToolCollection.Name)]
public class AudioFeatureRenderTests
{
    /// <summary>Sparks that live a quarter of a second, on every beat of a click track at 120 bpm, on black.</summary>
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 3
        audio: clicks.wav
        scenes:
          - start: 0s
            end: 4s
            layers:
              - field: { type: explosion, trigger: beat, lifetime: 0.25, count: 400, scatter: 0 }
                grid: sm
                color: { type: hue, offset: { feature: centroid, min: 0, max: 0.3 } }
                opacity: { feature: beat_decay, min: 0.5, max: 1 }
        """;

    [Fact]
    public async Task Sparks_burst_on_the_beats_of_the_music_and_every_worker_count_gives_the_same_frames()
    {
        using var dir = new TempFolder();
        var make = await ToolProcess.RunAsync("ffmpeg", new[] { "-v", "error", "-y", "-f", "lavfi", "-i", "aevalsrc='0.8*sin(2*PI*2000*t)*lt(mod(t,0.5),0.01)':s=44100:d=5", "clicks.wav" }, dir.Path);
        make.ExitCode.Should().Be(0, make.StandardError);
        dir.Write("beats.video.yaml", Spec);

        var one = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "1", "--quality", "production", "--out-dir", "one", "-v", "d");
        var three = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--workers", "3", "--quality", "production", "--out-dir", "three");

        one.ExitCode.Should().Be(0, one.AllOutput);
        three.ExitCode.Should().Be(0, three.AllOutput);
        one.StandardOutput.Should().Contain("beats.mp4: audio features of clicks.wav: 48 frames at 12 fps, 8 beats");
        (await Media.FrameMd5Async(dir.File("one/beats.mp4"))).Should().HaveCount(48).And.Equal(await Media.FrameMd5Async(dir.File("three/beats.mp4")));

        var video = dir.File("one/beats.mp4");
        (await Media.ProbeAsync(video)).Single(s => s.CodecType == "audio").Duration.Should().BeApproximately(4.0, 0.1);
        for (var beat = 0; beat < 8; beat++)
        {
            // Frame 6k + 1 (just after the click at k · 0.5 s) has sparks; frame 6k + 4 (0.33 s later) has none.
            var onBeat = await Media.MeanBrightnessAsync(video, Seconds(6 * beat + 1));
            var between = await Media.MeanBrightnessAsync(video, Seconds(6 * beat + 4));
            onBeat.Should().BeGreaterThan(between + 3, $"the click at {beat * 0.5:0.0}s sets off a burst in the same frame of the video");
        }
    }

    private static double Seconds(int frame) => double.Parse((frame / 12.0 + 0.01).ToString("0.###", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
