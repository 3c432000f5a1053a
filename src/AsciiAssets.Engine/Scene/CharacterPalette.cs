using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>A character ramp: values map to characters by index = clamp(floor(v · n), 0, n − 1). Index 0 is usually a space.</summary>
[RegistryKind("palette", "palettes")]
public abstract record CharacterPalette
{
    public abstract string Characters { get; }

    /// <summary>The palette as text elements, so characters outside the basic plane stay whole.</summary>
    public IReadOnlyList<string> Glyphs => TextElements(Characters);

    public static IReadOnlyList<string> TextElements(string text)
    {
        var list = new List<string>();
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            list.Add((string)e.Current);
        }

        return list;
    }
}
