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
                var found = SpecsUnder(input)
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

    /// <summary>Spec files in a folder and its subfolders; linked folders are not entered (a link to a parent would loop), build folders are skipped.</summary>
    private static IEnumerable<string> SpecsUnder(string folder)
    {
        var files = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true };
        var folders = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, "*", files).Where(IsSpec))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(current, "*", folders))
            {
                if (System.IO.Path.GetFileName(child) is not ("bin" or "obj" or "node_modules" or ".git"))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
