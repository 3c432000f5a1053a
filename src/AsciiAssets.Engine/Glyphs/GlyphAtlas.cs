using System.Collections.Concurrent;
using SkiaSharp;

namespace AsciiAssets.Glyphs;

/// <summary>
/// A palette's characters rasterized once at one font size into alpha bitmaps, stored as the compositor
/// reads them: each row as 16-bit lanes with the alpha repeated for R, G and B, padded to whole stores.
/// A layer whose source places characters itself (text) adds them after the palette's, drawn with the source's
/// font in the same cells. Atlases are immutable and shared by every worker.
/// </summary>
public sealed class GlyphAtlas
{
    /// <summary>The lanes the compositor turns into one store of bytes: two vectors of 16-bit lanes.</summary>
    public static int LanesPerStore => 2 * System.Numerics.Vector<ushort>.Count;

    private static readonly ConcurrentDictionary<(int FontPixels, string Characters, string FontKey, string Extras), GlyphAtlas> Cache = new();

    private readonly Dictionary<string, ushort> _extraIndex = new(StringComparer.Ordinal);

    private GlyphAtlas(int fontPixels, IReadOnlyList<string> requested, FontFile extraFont, IReadOnlyList<string> extras)
    {
        FontPixels = fontPixels;
        using var font = new SKFont(FontFace.Typeface, fontPixels) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
        var metrics = font.Metrics;
        CellWidth = Math.Max(1, (int)Math.Round(font.MeasureText("M"), MidpointRounding.AwayFromZero));
        CellHeight = Math.Max(1, (int)Math.Ceiling(-metrics.Ascent + metrics.Descent));
        RowLanes = (CellWidth * 3 + LanesPerStore - 1) / LanesPerStore * LanesPerStore;

        var characters = new List<string>();
        var missing = new List<string>();
        var missingExtras = new List<string>();
        var lanes = new List<ushort>();
        var empty = new List<bool>();
        using var bitmap = new SKBitmap(new SKImageInfo(CellWidth, CellHeight, SKColorType.Alpha8, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var character in requested)
        {
            if (!Rasterize(font, character, 0))
            {
                missing.Add(character);
            }
        }

        PaletteCount = characters.Count;
        using var textFont = new SKFont(extraFont.Typeface, fontPixels) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
        foreach (var character in extras.Distinct(StringComparer.Ordinal))
        {
            // Another font's glyphs are centred in the cell on the grid's baseline (their advance may differ).
            var left = MathF.Round((CellWidth - textFont.MeasureText(character)) / 2);
            if (Rasterize(textFont, character, left))
            {
                _extraIndex[character] = (ushort)(characters.Count - 1);
            }
            else
            {
                missingExtras.Add(character);
            }
        }

        bool Rasterize(SKFont with, string character, float left)
        {
            var glyphs = with.GetGlyphs(character);
            var isSpace = string.IsNullOrWhiteSpace(character);
            if (!isSpace && (glyphs.Length == 0 || glyphs.Any(g => g == 0)))
            {
                return false;
            }

            canvas.Clear(SKColors.Transparent);
            // Outlines rasterized by Skia's own scan converter give the same pixels on every OS,
            // unlike platform text rendering (FreeType, DirectWrite, CoreText).
            using var path = with.GetTextPath(character, new SKPoint(left, -metrics.Ascent));
            if (path is not null && !path.IsEmpty)
            {
                canvas.DrawPath(path, paint);
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
                return false;
            }

            characters.Add(character);
            lanes.AddRange(expanded);
            empty.Add(!any);
            return true;
        }

        Characters = characters;
        MissingCharacters = missing;
        MissingExtras = missingExtras;
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

    /// <summary>Requested palette characters the font cannot draw; they were left out.</summary>
    public IReadOnlyList<string> MissingCharacters { get; }

    /// <summary>The drawable palette characters: glyphs 0 to PaletteCount − 1, in palette order; the source's characters follow.</summary>
    public int PaletteCount { get; }

    /// <summary>Characters of the source that its font cannot draw; <see cref="IndexOf"/> gives null for them.</summary>
    public IReadOnlyList<string> MissingExtras { get; }

    /// <summary>Glyphs with no ink (spaces): the compositor skips them.</summary>
    internal bool[] IsEmpty { get; }

    /// <summary>Every glyph's lanes back to back: glyph g starts at g · LanesPerGlyph. Padding lanes are zero.</summary>
    internal ushort[] AllLanes { get; }

    public int LanesPerGlyph => RowLanes * CellHeight;

    public int Count => IsEmpty.Length;

    public ReadOnlySpan<ushort> Lanes(int glyph) => AllLanes.AsSpan(glyph * LanesPerGlyph, LanesPerGlyph);

    /// <summary>The glyph of a character the source placed (see <see cref="Get(int, IReadOnlyList{string}, FontFile, IReadOnlyList{string})"/>), or null when its font lacks it.</summary>
    public ushort? IndexOf(string character) => _extraIndex.TryGetValue(character, out var index) ? index : null;

    public static GlyphAtlas Get(int fontPixels, IReadOnlyList<string> characters) => Get(fontPixels, characters, FontFile.Bundled, Array.Empty<string>());

    /// <summary>A palette's glyphs followed by <paramref name="extras"/> drawn with <paramref name="extraFont"/>.</summary>
    public static GlyphAtlas Get(int fontPixels, IReadOnlyList<string> characters, FontFile extraFont, IReadOnlyList<string> extras) =>
        Cache.GetOrAdd(
            (fontPixels, string.Join('\0', characters), extras.Count == 0 ? string.Empty : extraFont.Key, string.Join('\0', extras)),
            key => new GlyphAtlas(key.FontPixels, characters, extraFont, extras));

    /// <summary>Cell size for a font size, from the font's advance and ascent + descent.</summary>
    public static (int Width, int Height) CellSize(int fontPixels) => Get(fontPixels, new[] { " " }) is var atlas ? (atlas.CellWidth, atlas.CellHeight) : default;
}
