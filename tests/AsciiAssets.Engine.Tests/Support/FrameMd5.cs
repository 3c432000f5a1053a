using System.Diagnostics;

namespace AsciiAssets.Tests.Support;

/// <summary>ffmpeg's framemd5 of a video's decoded frames: what tests compare renders made with different worker counts by.</summary>
public static class FrameMd5
{
    public static string[] Of(string path)
    {
        var info = new ProcessStartInfo("ffmpeg", ["-v", "error", "-i", path, "-map", "0:v", "-f", "framemd5", "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(',')[^1].Trim()).ToArray();
        process.WaitForExit();
        return lines;
    }

    /// <summary>
    /// Renders <paramref name="yaml"/> for real with one worker and with three and returns the framemd5 of each MP4,
    /// with the one-worker run's diagnostics.
    /// </summary>
    public static (string[] One, string[] Three, IReadOnlyList<AsciiAssets.Diagnostics.Diagnostic> Diagnostics) AtOneAndThreeWorkers(string yaml)
    {
        using var one = new AsciiAssets.Tests.Encode.Outputs.OutputRun(yaml);
        using var three = new AsciiAssets.Tests.Encode.Outputs.OutputRun(yaml);
        one.Render(workers: 1).Failed.Should().Be(0);
        three.Render(workers: 3).Failed.Should().Be(0);
        return (Of(one.PathOf("demo.mp4")), Of(three.PathOf("demo.mp4")), one.Diagnostics.ToArray());
    }
}
