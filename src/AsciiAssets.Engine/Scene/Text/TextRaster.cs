using AsciiAssets.Glyphs;
using AsciiAssets.Scene.Pictures;
using SkiaSharp;

namespace AsciiAssets.Scene.Text;

/// <summary>
/// Lines of text rasterized once, large, as a stencil: white letters whose alpha is their coverage, with Skia's own
/// scan converter from the bundled or given font file (the same pixels on every OS). Sampled per cell afterwards, at
/// any position and size (a size far from the one it was made for looks soft or blocky).
/// </summary>
internal sealed class TextRaster
{
    /// <summary>Rasters are capped at this many pixels; larger text is rasterized smaller and sampled as if full size.</summary>
    private const long MaximumPixels = 16L << 20;

    private const int Padding = 2;

    /// <summary>The line height rasters are made at, in frame heights.</summary>
    private const float ReferenceSize = 0.5f;

    private TextRaster(Picture picture, float shownWidth, float shownHeight)
    {
        Picture = picture;
        ShownWidth = shownWidth;
        ShownHeight = shownHeight;
    }

    public Picture Picture { get; }

    /// <summary>The raster's size in frame pixels at its reference size.</summary>
    public float ShownWidth { get; }

    public float ShownHeight { get; }

    /// <summary>
    /// The text for a frame <paramref name="frameHeight"/> pixels tall, rasterized with each line half the frame's
    /// height (ascent to descent) whatever size it is shown at, so that the size can move.
    /// </summary>
    public static TextRaster Of(TextLines text, FontFile fontFile, int frameHeight, TextAlign align)
    {
        var linePixels = frameHeight * ReferenceSize;
        var lines = text.Lines.Select(line => string.Concat(line)).ToArray();
        var (widest, probeHeight) = Measure(lines, fontFile, linePixels);
        var fullWidth = widest + 2 * Padding;
        var fullHeight = Math.Max(1, lines.Length) * linePixels + 2 * Padding;
        var scale = (float)Math.Min(1.0, Math.Sqrt(MaximumPixels / Math.Max(1.0, (double)fullWidth * fullHeight)));
        var width = Math.Max(1, (int)MathF.Ceiling(fullWidth * scale));
        var height = Math.Max(1, (int)MathF.Ceiling(fullHeight * scale));
        using var font = new SKFont(fontFile.Typeface, 100 * linePixels * scale / probeHeight) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = true };
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill })
        {
            canvas.Clear(SKColors.Transparent);
            var lineHeight = linePixels * scale;
            for (var i = 0; i < lines.Length; i++)
            {
                var free = (widest * scale) - font.MeasureText(lines[i]);
                var left = Padding * scale + align switch
                {
                    TextAlign.Left => 0,
                    TextAlign.Right => free,
                    _ => free / 2,
                };
                using var path = font.GetTextPath(lines[i], new SKPoint(left, Padding * scale + i * lineHeight - font.Metrics.Ascent));
                if (path is not null && !path.IsEmpty)
                {
                    canvas.DrawPath(path, paint);
                }
            }
        }

        var alpha = bitmap.GetPixelSpan();
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var a = alpha[y * bitmap.RowBytes + x];
                var o = (y * width + x) * 4;
                rgba[o] = rgba[o + 1] = rgba[o + 2] = rgba[o + 3] = a;
            }
        }

        return new TextRaster(new Picture(width, height, rgba).WithAllLevels(), width / scale, height / scale);
    }

    /// <summary>The text block's size in frame pixels with each line <paramref name="linePixels"/> tall, without rasterizing it.</summary>
    public static (float Width, float Height) Size(TextLines text, FontFile fontFile, float linePixels) =>
        (Measure(text.Lines.Select(line => string.Concat(line)).ToArray(), fontFile, linePixels).Widest, text.Lines.Count * linePixels);

    /// <summary>The widest line in frame pixels, and the line height of the font at size 100 (to scale from).</summary>
    private static (float Widest, float ProbeHeight) Measure(string[] lines, FontFile fontFile, float linePixels)
    {
        using var probe = new SKFont(fontFile.Typeface, 100);
        var probeHeight = probe.Metrics.Descent - probe.Metrics.Ascent;
        return (lines.Length == 0 ? 0 : lines.Max(line => probe.MeasureText(line)) * linePixels / probeHeight, probeHeight);
    }

    /// <summary>Where the raster lies with its centre on (x, y), in frame fractions, each line <paramref name="size"/> frame heights tall.</summary>
    public Placement At(Grids.Grid grid, float x, float y, float size) =>
        Placement.Of(Picture.Width, Picture.Height, ShownWidth * size / ReferenceSize, ShownHeight * size / ReferenceSize, grid.FrameWidth, grid.FrameHeight, x, y);
}
