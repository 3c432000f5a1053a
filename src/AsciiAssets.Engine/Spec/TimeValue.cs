using System.Globalization;
using System.Text.RegularExpressions;

namespace AsciiAssets.Spec;

/// <summary>A time written as 2.5s, 1m20s, 500ms, 48f (frames) or a bare number of seconds.</summary>
public readonly partial record struct TimeValue(double Seconds, int? Frames, string Text)
{
    public static TimeValue FromSeconds(double seconds) =>
        new(seconds, null, seconds.ToString("0.###", CultureInfo.InvariantCulture) + "s");

    public bool IsFrames => Frames.HasValue;

    public double ToSeconds(double fps) => Frames is { } frames ? frames / fps : Seconds;

    public int ToFrameIndex(double fps) => Frames ?? (int)Math.Round(Seconds * fps, MidpointRounding.AwayFromZero);

    public override string ToString() => Text;

    /// <summary>A day: times beyond it are mistakes, and their frame numbers would not fit an int.</summary>
    public const double MaximumSeconds = 86_400;

    public static bool TryParse(string text, out TimeValue value) =>
        TryParseUnbounded(text, out value) && (value.Frames ?? 0) <= MaximumSeconds * 120 && value.Seconds is >= 0 and <= MaximumSeconds;

    private static bool TryParseUnbounded(string text, out TimeValue value)
    {
        value = default;
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare))
        {
            value = new TimeValue(bare, null, trimmed);
            return double.IsFinite(bare);
        }

        var frames = FramesPattern().Match(trimmed);
        if (frames.Success)
        {
            value = new TimeValue(0, int.Parse(frames.Groups[1].Value, CultureInfo.InvariantCulture), trimmed);
            return true;
        }

        var match = ClockPattern().Match(trimmed);
        if (!match.Success || trimmed.Length == 0)
        {
            return false;
        }

        double seconds = 0;
        var any = false;
        if (match.Groups["h"].Success) { seconds += 3600 * Parse(match.Groups["h"].Value); any = true; }
        if (match.Groups["m"].Success) { seconds += 60 * Parse(match.Groups["m"].Value); any = true; }
        if (match.Groups["s"].Success) { seconds += Parse(match.Groups["s"].Value); any = true; }
        if (match.Groups["ms"].Success) { seconds += Parse(match.Groups["ms"].Value) / 1000; any = true; }
        value = new TimeValue(seconds, null, trimmed);
        return any;
    }

    private static double Parse(string number) => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{1,9})\s*f$")]
    private static partial Regex FramesPattern();

    [GeneratedRegex(@"^(?:(?<h>[0-9]+(?:\.[0-9]+)?)h)?\s*(?:(?<m>[0-9]+(?:\.[0-9]+)?)m(?!s))?\s*(?:(?<s>[0-9]+(?:\.[0-9]+)?)s)?\s*(?:(?<ms>[0-9]+(?:\.[0-9]+)?)ms)?$")]
    private static partial Regex ClockPattern();
}
