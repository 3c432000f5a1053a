using System.Globalization;
using System.Text;

namespace AsciiAssets.Scene.Text;

/// <summary>How lines of different lengths line up in a block of text.</summary>
public enum TextAlign
{
    Center,
    Left,
    Right,
}

/// <summary>
/// Text as the engine draws it: lines of characters (text elements, NFC-normalized so that "e" + U+0301 is the
/// one character "é"), left to right. Right-to-left scripts and characters that stay several code points (a base
/// with combining marks no precomposed character has) cannot be drawn without shaping: <see cref="Problem"/> names them.
/// </summary>
public sealed class TextLines
{
    private TextLines(IReadOnlyList<IReadOnlyList<string>> lines)
    {
        Lines = lines;
        Width = lines.Count == 0 ? 0 : lines.Max(l => l.Count);
        Characters = lines.SelectMany(l => l).Where(c => !IsBlank(c)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Each line's characters.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Lines { get; }

    /// <summary>The longest line's length in characters.</summary>
    public int Width { get; }

    /// <summary>Every distinct character that is not a space, for the glyph atlas.</summary>
    public IReadOnlyList<string> Characters { get; }

    public static TextLines Of(IEnumerable<string> lines) =>
        new(lines.Select(line => (IReadOnlyList<string>)Elements(line.Normalize(NormalizationForm.FormC)).ToArray()).ToArray());

    /// <summary>The lines of a text source or mask: 'lines' when given, else 'text' as one line.</summary>
    public static TextLines Of(string? text, IReadOnlyList<string>? lines) => Of(lines ?? (text is null ? Array.Empty<string>() : new[] { text }));

    public static bool IsBlank(string character) => string.IsNullOrWhiteSpace(character);

    /// <summary>Why the text cannot be drawn, or null: the first right-to-left or combining character.</summary>
    public static TextProblem? Problem(string text)
    {
        foreach (var element in Elements(text.Normalize(NormalizationForm.FormC)))
        {
            var first = char.ConvertToUtf32(element, 0);
            if (IsRightToLeft(first))
            {
                return new TextProblem(TextProblemKind.RightToLeft, element, first);
            }

            if (element.Length > char.ConvertFromUtf32(first).Length)
            {
                var mark = element.EnumerateRunes().Skip(1).First().Value;
                return new TextProblem(TextProblemKind.Combining, element, mark);
            }
        }

        return null;
    }

    /// <summary>Hebrew, Arabic, Syriac, Thaana, N'Ko and the other scripts written right to left, and their presentation forms.</summary>
    private static bool IsRightToLeft(int codePoint) =>
        codePoint is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF;

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            yield return (string)e.Current;
        }
    }
}

public enum TextProblemKind
{
    RightToLeft,
    Combining,
}

/// <summary>A character text cannot draw: the whole character and the code point that makes it undrawable.</summary>
public sealed record TextProblem(TextProblemKind Kind, string Character, int CodePoint)
{
    public string Describe() => Kind == TextProblemKind.RightToLeft
        ? $"'{Character}' (U+{CodePoint:X4}) is right-to-left text, which is not supported"
        : $"'{Character}' has the combining mark U+{CodePoint:X4} and no precomposed form, which is not supported";
}
