using System.Globalization;
using System.Text.RegularExpressions;

namespace AsciiAssets.Build.Tasks;

/// <summary>Reads the engine's `--log-format msbuild` lines.</summary>
internal static class EngineOutputParser
{
    // MSBuild's canonical form: `origin(line,col): error CODE: message`, where origin is a file or the tool's name
    // and the location is optional. The origin is matched lazily so Windows drive letters (C:\…) stay in it.
    private static readonly Regex Diagnostic = new(
        @"^(?<origin>.+?)(?:\((?<line>\d+)(?:,(?<column>\d+))?\))?\s*:\s*(?<severity>error|warning)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*)$",
        RegexOptions.CultureInvariant);

    private static readonly (string Prefix, EngineLineKind Kind)[] Prefixed =
    {
        ("info: ", EngineLineKind.Info),
        ("detail: ", EngineLineKind.Detail),
        ("rendered: ", EngineLineKind.Rendered),
        ("uptodate: ", EngineLineKind.UpToDate),
        ("failed: ", EngineLineKind.Failed),
        ("stored: ", EngineLineKind.Stored),
    };

    public static EngineLine Parse(string line)
    {
        foreach (var (prefix, kind) in Prefixed)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new EngineLine(kind, line.Substring(prefix.Length).Trim());
            }
        }

        var match = Diagnostic.Match(line);
        if (!match.Success)
        {
            return new EngineLine(EngineLineKind.Text, line);
        }

        return new EngineLine(
            match.Groups["severity"].Value == "error" ? EngineLineKind.Error : EngineLineKind.Warning,
            match.Groups["message"].Value,
            match.Groups["origin"].Value.Trim(),
            Number(match.Groups["line"]),
            Number(match.Groups["column"]),
            match.Groups["code"].Value);
    }

    private static int Number(Group group) =>
        int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
