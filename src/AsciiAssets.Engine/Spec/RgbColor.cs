using System.Globalization;

namespace AsciiAssets.Spec;

/// <summary>An sRGB colour written #rrggbb or #rgb.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    public static bool TryParse(string text, out RgbColor color)
    {
        color = default;
        // Exactly #rgb or #rrggbb: no surrounding space or line break.
        if (!text.StartsWith('#') || !text.Skip(1).All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var hex = text[1..];
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return false;
        }

        color = new RgbColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
