using System.Collections;

namespace AsciiAssets.Spec;

/// <summary>
/// Files named by a pattern relative to the spec, in order: `frames/*.png` (a wildcard in the file name, sorted by
/// name) or `frames/%03d.png` (numbered from 0 or 1 while the files exist). Each is checked like an <see cref="InputFile"/>.
/// </summary>
public sealed partial class InputSequence(string pattern, IReadOnlyList<InputFile> files) : IReadOnlyList<InputFile>
{
    /// <summary>The most files a pattern may name.</summary>
    public const int MaximumFiles = 10_000;

    public string Pattern { get; } = pattern;

    public int Count => files.Count;

    public InputFile this[int index] => files[index];

    public IEnumerator<InputFile> GetEnumerator() => files.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Pattern;

    /// <summary>True when the text is a pattern rather than one file's name.</summary>
    public static bool IsPattern(string text) =>
        Path.GetFileName(text).AsSpan().IndexOfAny('*', '?') >= 0 || PrintfPattern().IsMatch(Path.GetFileName(text));

    /// <summary>The full paths a pattern names, in order; <paramref name="baseDirectory"/> is the spec's folder. Wildcards only in the file name.</summary>
    public static IReadOnlyList<string> Expand(string baseDirectory, string pattern)
    {
        var folder = Path.GetFullPath(Path.Combine(baseDirectory, Path.GetDirectoryName(pattern) ?? string.Empty));
        var name = Path.GetFileName(pattern);
        if (!Directory.Exists(folder))
        {
            return Array.Empty<string>();
        }

        var printf = PrintfPattern().Match(name);
        if (!printf.Success)
        {
            return Directory.EnumerateFiles(folder, name, new EnumerationOptions { MatchType = MatchType.Simple, RecurseSubdirectories = false })
                .Order(StringComparer.Ordinal)
                .Take(MaximumFiles + 1)
                .ToArray();
        }

        var width = printf.Groups[1].Success ? int.Parse(printf.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        string PathOf(int number) => Path.Combine(folder, name[..printf.Index] + number.ToString(new string('0', Math.Max(1, width)), System.Globalization.CultureInfo.InvariantCulture) + name[(printf.Index + printf.Length)..]);
        var first = File.Exists(PathOf(0)) ? 0 : 1;
        var found = new List<string>();
        for (var number = first; found.Count <= MaximumFiles && File.Exists(PathOf(number)); number++)
        {
            found.Add(PathOf(number));
        }

        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"%0?(\d*)d")]
    private static partial System.Text.RegularExpressions.Regex PrintfPattern();
}
