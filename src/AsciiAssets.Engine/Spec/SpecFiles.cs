using AsciiAssets.Diagnostics;

namespace AsciiAssets.Spec;

/// <summary>The file naming convention: a spec is *.video.yaml (or .video.yml); folders are searched recursively.</summary>
public static class SpecFiles
{
    public static readonly string[] Extensions = { ".video.yaml", ".video.yml" };

    public static bool IsSpec(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static string BaseName(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        foreach (var extension in Extensions.Concat(new[] { ".yaml", ".yml" }))
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^extension.Length];
            }
        }

        return System.IO.Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Expands files and folders given on a command line into spec paths; a named file is taken whatever its extension.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var result = new List<string>();
        var diagnostics = new DiagnosticBag();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                result.Add(System.IO.Path.GetFullPath(input));
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(IsSpec)
                    .Where(p => !IsBuildFolder(p))
                    .Select(System.IO.Path.GetFullPath)
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .ToArray();
                if (found.Length == 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.SpecNotFound, SourceLocation.FileOnly(input), $"No spec files (*.video.yaml) in folder '{input}'.");
                }

                result.AddRange(found);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.SpecNotFound, SourceLocation.FileOnly(input), $"Spec '{input}' does not exist.");
            }
        }

        diagnostics.ThrowIfErrors();
        return result.Distinct().ToArray();
    }

    private static bool IsBuildFolder(string path)
    {
        var parts = path.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        return parts.Any(p => p is "bin" or "obj" or "node_modules" or ".git");
    }
}
