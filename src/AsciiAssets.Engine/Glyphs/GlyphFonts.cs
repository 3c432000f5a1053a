using SkiaSharp;

namespace AsciiAssets.Glyphs;

/// <summary>
/// The bundled fonts at one size, and how one character is drawn into a cell: from DejaVu Sans Mono when it has every
/// glyph of the character, else from the fallback font (squeezed to the cell width when wider, so cells keep their
/// size), else, for braille patterns, as the pattern's dots. Skia's own scan converter draws the outlines, so every
/// OS gives the same pixels.
/// </summary>
internal sealed class GlyphFonts : IDisposable
{
    private const int BrailleFirst = 0x2800;
    private const int BrailleLast = 0x28ff;

    private readonly SKFont _primary;
    private readonly SKFont _fallback;
    private readonly SKPaint _paint = new() { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly float _ascent;

    public GlyphFonts(int fontPixels)
    {
        _primary = new SKFont(FontFace.Typeface, fontPixels) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
        _fallback = new SKFont(FontFace.FallbackTypeface, fontPixels) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
        var metrics = _primary.Metrics;
        _ascent = -metrics.Ascent;
        CellWidth = Math.Max(1, (int)Math.Round(_primary.MeasureText("M"), MidpointRounding.AwayFromZero));
        CellHeight = Math.Max(1, (int)Math.Ceiling(-metrics.Ascent + metrics.Descent));
    }

    public int CellWidth { get; }

    public int CellHeight { get; }

    /// <summary>The baseline's distance below the cell's top.</summary>
    public float Ascent => _ascent;

    /// <summary>Draws a character at the cell's origin; false when no font has it (nothing is drawn).</summary>
    public bool Draw(SKCanvas canvas, string character)
    {
        if (Covers(_primary, character))
        {
            DrawPath(canvas, _primary, character, 0, 1f);
            return true;
        }

        if (Covers(_fallback, character))
        {
            var advance = _fallback.MeasureText(character);
            var squeeze = advance > CellWidth ? CellWidth / advance : 1f;
            DrawPath(canvas, _fallback, character, (CellWidth - advance * squeeze) / 2f, squeeze);
            return true;
        }

        if (character.Length == 1 && character[0] is >= (char)BrailleFirst and <= (char)BrailleLast)
        {
            DrawBraille(canvas, character[0] - BrailleFirst);
            return true;
        }

        return false;
    }

    private static bool Covers(SKFont font, string character)
    {
        var glyphs = font.GetGlyphs(character);
        return glyphs.Length > 0 && !glyphs.Any(g => g == 0);
    }

    private void DrawPath(SKCanvas canvas, SKFont font, string character, float x, float squeeze)
    {
        using var path = font.GetTextPath(character, new SKPoint(0, _ascent));
        if (path is null || path.IsEmpty)
        {
            return;
        }

        if (squeeze != 1f || x != 0)
        {
            path.Transform(SKMatrix.CreateScaleTranslation(squeeze, 1f, x, 0));
        }

        canvas.DrawPath(path, _paint);
    }

    /// <summary>The eight dots of a braille cell (bit 0 top left down to bit 2, bits 3–5 the right column, bits 6 and 7 the bottom row).</summary>
    private void DrawBraille(SKCanvas canvas, int pattern)
    {
        var radius = CellWidth * 0.13f;
        for (var bit = 0; bit < 8; bit++)
        {
            if ((pattern >> bit & 1) == 0)
            {
                continue;
            }

            var (column, row) = bit switch { < 3 => (0, bit), < 6 => (1, bit - 3), 6 => (0, 3), _ => (1, 3) };
            canvas.DrawCircle(CellWidth * (0.3f + 0.4f * column), CellHeight * (0.2f + 0.2f * row), radius, _paint);
        }
    }

    public void Dispose()
    {
        _primary.Dispose();
        _fallback.Dispose();
        _paint.Dispose();
    }
}
