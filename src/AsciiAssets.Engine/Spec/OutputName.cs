using System.Text;
using System.Text.RegularExpressions;

namespace AsciiAssets.Spec;

/// <summary>
/// An output name is a file name, never a path: it must stay inside the output folder on every system the package
/// runs on, so the rules are the union of Linux's, macOS's and Windows's.
/// </summary>
public static partial class OutputName
{
    public const int MaximumLength = 100;

    /// <summary>Why <paramref name="name"/> cannot name an output, completing "… is not a valid output name: …"; null when it can.</summary>
    public static string? Problem(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "it is empty";
        }

        if (name.Length > MaximumLength || Encoding.UTF8.GetByteCount(name) > 2 * MaximumLength)
        {
            return $"it is longer than {MaximumLength} characters";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c))
            {
                return $"it contains a control character (U+{(int)c:X4})";
            }

            if (c is '/' or '\\')
            {
                return "it contains a folder separator; it is a file name, not a path";
            }

            if (c is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                return $"it contains '{c}', which Windows does not allow in file names";
            }

            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "it contains a broken character (a lone surrogate)";
            }
        }

        if (name.StartsWith('.'))
        {
            return "it starts with a dot, which makes a hidden file (and '.' and '..' are folders)";
        }

        if (name.EndsWith('.') || name.EndsWith(' ') || name.StartsWith(' '))
        {
            return "it starts or ends with a space, or ends with a dot, which Windows drops";
        }

        if (IsWindowsDeviceName(name.Split('.')[0]))
        {
            return $"'{name.Split('.')[0]}' is a device name on Windows";
        }

        return null;
    }

    /// <summary>CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (also with superscript digits), in any case: Windows opens the device instead of a file.</summary>
    public static bool IsWindowsDeviceName(string stem) => DeviceName().IsMatch(stem.TrimEnd(' '));

    [GeneratedRegex("^(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|(COM|LPT)[0-9¹²³])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeviceName();
}
