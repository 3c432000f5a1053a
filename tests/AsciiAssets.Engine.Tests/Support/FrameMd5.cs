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
}
