using System.Globalization;
using System.Text.RegularExpressions;

namespace AsciiAssets.Spec;

/// <summary>Named aspect presets; their pixel sizes are the 1080p-class sizes of the reference, scaled by the quality profile.</summary>
public enum SizePreset
{
    Landscape,
    Portrait,
    Square,
    Ultrawide,
    Landscape4k,
    Portrait4k,
}

/// <summary>A frame size: either pinned pixels (WxH) or a preset that the quality profile scales.</summary>
public readonly partial record struct SizeValue(int Width, int Height, SizePreset? Preset, string Text)
{
    public bool IsPinned => Preset is null;

    public static (int Width, int Height) PresetPixels(SizePreset preset) => preset switch
    {
        SizePreset.Landscape => (1920, 1080),
        SizePreset.Portrait => (1080, 1920),
        SizePreset.Square => (1080, 1080),
        SizePreset.Ultrawide => (2560, 1080),
        SizePreset.Landscape4k => (3840, 2160),
        SizePreset.Portrait4k => (2160, 3840),
        _ => throw new ArgumentOutOfRangeException(nameof(preset)),
    };

    public static bool TryParse(string text, out SizeValue value)
    {
        var trimmed = text.Trim();
        var match = PixelsPattern().Match(trimmed);
        if (match.Success)
        {
            value = new SizeValue(
                int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                null,
                trimmed);
            return true;
        }

        foreach (var preset in Enum.GetValues<SizePreset>())
        {
            if (string.Equals(PresetName(preset), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                var (w, h) = PresetPixels(preset);
                value = new SizeValue(w, h, preset, trimmed);
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string PresetName(SizePreset preset) => preset.ToString().ToLowerInvariant();

    public static IEnumerable<string> PresetNames => Enum.GetValues<SizePreset>().Select(PresetName);

    public override string ToString() => Text;

    [GeneratedRegex(@"^([0-9]{1,9})\s*[xX×]\s*([0-9]{1,9})$")]
    private static partial Regex PixelsPattern();
}
