namespace AsciiAssets.Tests.Support;

/// <summary>Input files for test specs, in the folder the test specs live in (so they are inside the input root).</summary>
public static class TestFiles
{
    /// <summary>The folder of <see cref="TestRender.Parse"/>'s specs.</summary>
    public static readonly string SpecFolder = Path.Combine(Path.GetTempPath(), "ascii-assets-tests");

    private static readonly string Folder = Path.Combine(SpecFolder, "files-" + Environment.ProcessId);

    public static string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public static string Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A path as a spec in <see cref="SpecFolder"/> names it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(SpecFolder, path);
}
