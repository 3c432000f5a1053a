using System.Globalization;

namespace AsciiAssets.Benchmarks;

/// <summary>`--name value` options of the bench modes.</summary>
public static class BenchOptions
{
    public static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Every value of a repeatable option, in order.</summary>
    public static string[] Texts(string[] args, string name) =>
        args.Where((arg, i) => i > 0 && args[i - 1] == name).ToArray();

    public static double Number(string[] args, string name, double fallback) =>
        Text(args, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The arguments that are neither options nor their values.</summary>
    public static string[] Operands(string[] args, params string[] names) =>
        args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !names.Contains(args[i - 1]))).ToArray();
}
