using System.Collections.Concurrent;
using SkiaSharp;

namespace AsciiAssets.Glyphs;

/// <summary>
/// A palette's characters rasterized once at one font size into alpha bitmaps, stored as the compositor
/// reads them: each row as 16-bit lanes with the alpha repeated for R, G and B, padded to whole stores.
/// Atlases are immutable and shared by every worker.
/// </summary>
public sealed class GlyphAtlas
{
    /// <summary>The lanes the compositor turns into one store of bytes: two vectors of 16-bit lanes.</summary>
    public static int LanesPerStore => 2 * System.Numerics.Vector<ushort>.Count;

    private static readonly ConcurrentDictionary<(int FontPixels, string Characters), GlyphAtlas> Cache = new();

    private GlyphAtlas(int fontPixels, IReadOnlyList<string> requested)
    {
        FontPixels = fontPixels;
        using var fonts = new GlyphFonts(fontPixels);
        CellWidth = fonts.CellWidth;
        CellHeight = fonts.CellHeight;
        RowLanes = (CellWidth * 3 + LanesPerStore - 1) / LanesPerStore * LanesPerStore;

        var characters = new List<string>();
        var missing = new List<string>();
        var lanes = new List<ushort>();
        var empty = new List<bool>();
        using var bitmap = new SKBitmap(new SKImageInfo(CellWidth, CellHeight, SKColorType.Alpha8, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        foreach (var character in requested)
        {
            var isSpace = string.IsNullOrWhiteSpace(character);
            canvas.Clear(SKColors.Transparent);
            if (!fonts.Draw(canvas, character) && !isSpace)
            {
                missing.Add(character);
                continue;
            }

            var alpha = bitmap.GetPixelSpan();
            var expanded = new ushort[RowLanes * CellHeight];
            var any = false;
            for (var y = 0; y < CellHeight; y++)
            {
                for (var x = 0; x < CellWidth; x++)
                {
                    var a = alpha[y * bitmap.RowBytes + x];
                    any |= a != 0;
                    var lane = y * RowLanes + x * 3;
                    expanded[lane] = expanded[lane + 1] = expanded[lane + 2] = a;
                }
            }

            if (!isSpace && !any)
            {
                missing.Add(character);
                continue;
            }

            characters.Add(character);
            lanes.AddRange(expanded);
            empty.Add(!any);
        }

        Characters = characters;
        MissingCharacters = missing;
        AllLanes = lanes.ToArray();
        IsEmpty = empty.ToArray();
    }

    public int FontPixels { get; }

    public int CellWidth { get; }

    public int CellHeight { get; }

    /// <summary>16-bit lanes per glyph row: 3 × CellWidth rounded up to whole stores.</summary>
    public int RowLanes { get; }

    /// <summary>The drawable characters in palette order; index i is glyph i.</summary>
    public IReadOnlyList<string> Characters { get; }

    /// <summary>Requested characters the font cannot draw; they were left out.</summary>
    public IReadOnlyList<string> MissingCharacters { get; }

    /// <summary>Glyphs with no ink (spaces): the compositor skips them.</summary>
    internal bool[] IsEmpty { get; }

    /// <summary>Every glyph's lanes back to back: glyph g starts at g · LanesPerGlyph. Padding lanes are zero.</summary>
    internal ushort[] AllLanes { get; }

    public int LanesPerGlyph => RowLanes * CellHeight;

    public int Count => IsEmpty.Length;

    public ReadOnlySpan<ushort> Lanes(int glyph) => AllLanes.AsSpan(glyph * LanesPerGlyph, LanesPerGlyph);

    public static GlyphAtlas Get(int fontPixels, IReadOnlyList<string> characters) =>
        Cache.GetOrAdd((fontPixels, string.Concat(characters)), key => new GlyphAtlas(key.FontPixels, characters));

    /// <summary>Total ink (alpha summed over the cell) of a character at a font size; 0 for a space or a character no font draws.</summary>
    public static long Ink(int fontPixels, string character)
    {
        using var fonts = new GlyphFonts(fontPixels);
        using var bitmap = new SKBitmap(new SKImageInfo(fonts.CellWidth, fonts.CellHeight, SKColorType.Alpha8, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        fonts.Draw(canvas, character);
        long sum = 0;
        foreach (var a in bitmap.GetPixelSpan())
        {
            sum += a;
        }

        return sum;
    }

    /// <summary>Cell size for a font size, from the font's advance and ascent + descent.</summary>
    public static (int Width, int Height) CellSize(int fontPixels) => Get(fontPixels, new[] { " " }) is var atlas ? (atlas.CellWidth, atlas.CellHeight) : default;
}
