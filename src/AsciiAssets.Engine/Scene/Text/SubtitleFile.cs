using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AsciiAssets.Scene.Text;

/// <summary>One subtitle or lyric line: its lines of text, shown from <see cref="Start"/> until <see cref="End"/> (seconds of the video).</summary>
public sealed record SubtitleCue(double Start, double End, TextLines Text);

/// <summary>
/// An SRT file: numbered cues of "hh:mm:ss,mmm --> hh:mm:ss,mmm" and text lines, separated by blank lines.
/// Read strictly: a time range that is malformed, ends before it starts, or starts before the cue before it is an
/// error naming its line (the media check reports it at the spec's key). Formatting tags (&lt;i&gt;, {\an8}) are dropped.
/// </summary>
public static partial class SubtitleFile
{
    /// <summary>Subtitle files are small text; anything larger is a mistake.</summary>
    public const int MaximumBytes = 4 << 20;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<SubtitleCue>> Cache = new(StringComparer.Ordinal);

    /// <summary>The cues of a file that passed <see cref="Problem"/>, parsed once per content.</summary>
    public static IReadOnlyList<SubtitleCue> Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var key = Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(bytes));
        return Cache.GetOrAdd(key, _ => Parse(bytes, out var problem) ?? throw new InvalidDataException($"{Path.GetFileName(path)}: {problem}"));
    }

    /// <summary>Why the bytes are not usable subtitles, or null when they are.</summary>
    public static string? Problem(byte[] bytes)
    {
        Parse(bytes, out var problem);
        return problem;
    }

    private static IReadOnlyList<SubtitleCue>? Parse(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length > MaximumBytes)
        {
            problem = $"it is larger than {MaximumBytes >> 20} MiB, far more than subtitles take";
            return null;
        }

        string text;
        try
        {
            var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            problem = "it is not UTF-8 text";
            return null;
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var cues = new List<SubtitleCue>();
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            // An optional cue number, then the time range (a malformed one is named at its own line, not the number's).
            if (IndexPattern().IsMatch(lines[i].Trim()) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0)
            {
                i++;
            }

            var number = i + 1;
            var range = RangePattern().Match(lines[i].Trim());
            if (!range.Success)
            {
                problem = $"line {number}: '{Shorten(lines[i].Trim())}' is not a time range such as 00:00:01,000 --> 00:00:04,000";
                return null;
            }

            var from = Seconds(range.Groups["from"].Value);
            var to = Seconds(range.Groups["to"].Value);
            if (to <= from)
            {
                problem = $"line {number}: the cue ends at {range.Groups["to"].Value}, not after its start {range.Groups["from"].Value}";
                return null;
            }

            if (cues.Count > 0 && from < cues[^1].Start)
            {
                problem = $"line {number}: the cue starts at {range.Groups["from"].Value}, before the cue above it";
                return null;
            }

            var cueLines = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var line = TagPattern().Replace(lines[i], string.Empty).Trim();
                if (line.AsSpan().IndexOfAnyInRange('\0', '\x1f') is var control and >= 0)
                {
                    problem = $"line {i + 1} holds the control character U+{(int)line[control]:X4}";
                    return null;
                }

                if (TextLines.Problem(line) is { } textProblem)
                {
                    problem = $"line {i + 1}: {textProblem.Describe()}";
                    return null;
                }

                cueLines.Add(line);
            }

            cues.Add(new SubtitleCue(from, to, TextLines.Of(cueLines)));
        }

        if (cues.Count == 0)
        {
            problem = "it holds no cues";
            return null;
        }

        return cues;
    }

    private static double Seconds(string time)
    {
        var parts = time.Replace('.', ',').Split(':', ',');
        return int.Parse(parts[0], CultureInfo.InvariantCulture) * 3600 + int.Parse(parts[1], CultureInfo.InvariantCulture) * 60
            + int.Parse(parts[2], CultureInfo.InvariantCulture) + int.Parse(parts[3], CultureInfo.InvariantCulture) / 1000.0;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"^(?<from>\d{1,2}:[0-5]\d:[0-5]\d[,.]\d{3})\s*-->\s*(?<to>\d{1,2}:[0-5]\d:[0-5]\d[,.]\d{3})(\s+.*)?$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"<[^>]*>|\{\\[^}]*\}")]
    private static partial Regex TagPattern();
}
