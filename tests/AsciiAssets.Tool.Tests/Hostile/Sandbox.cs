using System.Diagnostics;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Hostile;

/// <summary>
/// A folder tree a hostile case runs in: root/project (the tool's working folder, the input root) with videos/ for
/// specs and media and out/ for outputs, root/outside with a file the project must not reach, and root/tmp as the
/// tool's TMPDIR, so anything it leaves behind or writes outside out/ is found.
/// </summary>
public sealed class Sandbox : IDisposable
{
    /// <summary>Stands for the sandbox root in names made before the sandbox exists.</summary>
    public const string RootPlaceholder = "{ROOT}";

    private static readonly Lazy<byte[]> ToneWave = new(() => Make("sine=frequency=440:duration=2", "wav"));
    private static readonly Lazy<byte[]> PictureBytes = new(() => Make("testsrc2=size=64x36:duration=1", "png", "-frames:v", "1"));
    private static readonly Lazy<byte[]> ClipBytes = new(() => Make("testsrc2=size=64x36:rate=6:duration=1", "mp4", "-c:v", "libx264", "-pix_fmt", "yuv420p"));

    public Sandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "ascii-assets-hostile", Guid.NewGuid().ToString("N")[..10]);
        foreach (var folder in new[] { Videos(""), Out(""), Temp, Path.Combine(Root, "outside") })
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(Path.Combine(Root, "outside", "secret.wav"), ToneWave.Value);
    }

    public string Root { get; }

    public string Project => Path.Combine(Root, "project");

    public string Temp => Path.Combine(Root, "tmp");

    public string Videos(string name) => Path.Combine(Project, "videos", name);

    public string Out(string name) => Path.Combine(Project, "out", name);

    public string Fill(string text) => text.Replace(RootPlaceholder, Root, StringComparison.Ordinal);

    public byte[] ToneBytes() => ToneWave.Value;

    public void WriteVideos(string name, string text) => File.WriteAllText(Videos(name), text);

    public void WriteVideos(string name, byte[] bytes) => File.WriteAllBytes(Videos(name), bytes);

    /// <summary>A valid WAV under the name a spec gives, wherever it resolves inside the sandbox (nowhere else is written).</summary>
    public void Tone(string relative) => Place(relative, ToneWave.Value);

    /// <summary>A valid PNG under the name a spec gives, as <see cref="Tone"/>.</summary>
    public void Picture(string relative) => Place(relative, PictureBytes.Value);

    /// <summary>A valid one-second H.264 clip under the name a spec gives, as <see cref="Tone"/>.</summary>
    public void Clip(string relative) => Place(relative, ClipBytes.Value);

    private void Place(string relative, byte[] bytes)
    {
        if (relative.Length == 0 || relative.Contains('\0'))
        {
            return;
        }

        var path = Path.GetFullPath(Path.Combine(Videos(""), relative));
        if (path.StartsWith(Root + "/", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    public void Link(string name, string target) => File.CreateSymbolicLink(Videos(name), target);

    public void Fifo(string name)
    {
        using var mkfifo = Process.Start("mkfifo", new[] { Videos(name) })!;
        mkfifo.WaitForExit();
    }

    /// <summary>Every file under the root but out/ and tmp/, with its length and time: what a run may not change.</summary>
    public IReadOnlyDictionary<string, (long Length, DateTime Written)> Snapshot() =>
        Directory.EnumerateFileSystemEntries(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => !p.StartsWith(Out(""), StringComparison.Ordinal) && !p.StartsWith(Temp, StringComparison.Ordinal) && !p.StartsWith(Path.Combine(Project, ToolProcess.TestCacheFolder), StringComparison.Ordinal))
            .ToDictionary(p => p, p =>
            {
                var info = new FileInfo(p);
                return info.Exists && info.LinkTarget is null ? (info.Length, info.LastWriteTimeUtc) : (-1L, DateTime.MinValue);
            });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A small media file from one of ffmpeg's generated sources, made once by the real ffmpeg.</summary>
    private static byte[] Make(string source, string extension, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ascii-assets-hostile-{Environment.ProcessId}-{Guid.NewGuid():N}.{extension}");
        using (var ffmpeg = Process.Start("ffmpeg", new[] { "-v", "error", "-y", "-f", "lavfi", "-i", source }.Concat(options).Append(path))!)
        {
            ffmpeg.WaitForExit();
        }

        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }
}
