using System.Collections.Concurrent;
using System.IO.Hashing;
using SkiaSharp;

namespace AsciiAssets.Glyphs;

/// <summary>
/// A font for text: the bundled DejaVu Sans Mono, or a TrueType/OpenType file a spec names, loaded from its bytes
/// (never looked up by family name). Loaded once per file content and shared by every worker.
/// </summary>
public sealed class FontFile
{
    private static readonly ConcurrentDictionary<string, FontFile> Loaded = new(StringComparer.Ordinal);

    private FontFile(SKTypeface typeface, string key, string name)
    {
        Typeface = typeface;
        Key = key;
        Name = name;
    }

    /// <summary>The bundled font.</summary>
    public static FontFile Bundled { get; } = new(FontFace.Typeface, "bundled", FontFace.FamilyName);

    public SKTypeface Typeface { get; }

    /// <summary>Identifies the font's content, for caches of glyphs rasterized from it.</summary>
    public string Key { get; }

    /// <summary>For messages: the file's name, or the bundled font's family.</summary>
    public string Name { get; }

    /// <summary>The font in a file, or <see cref="Bundled"/> for null; a file that is not a font is an <see cref="InvalidDataException"/> (the media check reports it first).</summary>
    public static FontFile For(string? path)
    {
        if (path is null)
        {
            return Bundled;
        }

        var bytes = File.ReadAllBytes(path);
        var key = Convert.ToHexString(XxHash128.Hash(bytes));
        return Loaded.GetOrAdd(key, _ => new FontFile(
            Load(bytes) ?? throw new InvalidDataException($"{Path.GetFileName(path)}: {Problem(bytes)}"),
            key,
            Path.GetFileName(path)));
    }

    /// <summary>Why the bytes are not a usable font, or null when they are.</summary>
    public static string? Problem(byte[] bytes)
    {
        using var typeface = Load(bytes);
        return typeface is null ? "SkiaSharp cannot read it as a TrueType or OpenType font" : null;
    }

    /// <summary>True when the font has a glyph for every code point of a character (a text element).</summary>
    public bool CanDraw(string character)
    {
        using var font = new SKFont(Typeface, 16);
        var glyphs = font.GetGlyphs(character);
        return glyphs.Length > 0 && glyphs.All(g => g != 0);
    }

    private static SKTypeface? Load(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data);
        if (typeface is not null && typeface.GlyphCount == 0)
        {
            typeface.Dispose();
            return null;
        }

        return typeface;
    }
}
