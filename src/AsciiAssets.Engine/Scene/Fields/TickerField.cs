using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using SkiaSharp;

namespace AsciiAssets.Scene.Fields;

[Registered("ticker", "Scrolling text: a line of large letters, each made of many cells, running across the grid like a news ticker.")]
public sealed record TickerField(
    [Doc("The text that scrolls.")] string Text = "ASCII ASSETS",
    [Doc("Scroll speed, in grid widths per second; negative scrolls to the right.")][Range(-10, 10)] float Speed = 0.15f,
    [Doc("Letter height as a fraction of the grid height.")][Range(0.05, 1)][NotBindable("the letters are drawn once when the field is built")] float Height = 0.45f,
    [Doc("Vertical position of the line's middle, 0 = top, 1 = bottom.")][Range(0, 1)] float CenterY = 0.5f,
    [Doc("Empty space after the text before it repeats, in grid widths.")][Range(0, 4)] float Gap = 0.3f) : FieldParameters, IValidatedRecord
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    public void Validate(RecordCheck check)
    {
        if (Text.All(char.IsWhiteSpace))
        {
            check.Fail("text", "has only spaces, so the ticker would draw nothing");
        }
    }

    /// <summary>The text is rasterized once into a strip of cell coverage; a frame only looks the strip up at an offset.</summary>
    private sealed class Executor : IValueField
    {
        private readonly TickerField _p;
        private readonly FieldSetup _setup;
        private readonly float[] _strip;
        private readonly int _stripWidth;
        private readonly int _stripHeight;

        public Executor(TickerField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            var grid = setup.Grid;
            var aspect = (float)grid.CellHeight / grid.CellWidth;
            _stripHeight = Math.Max(1, (int)MathF.Round(grid.Rows * p.Height));

            // One bitmap pixel per cell: the font is squeezed vertically by the cell aspect so letters keep their shape on screen.
            using var font = new SKFont(FontFace.Typeface, _stripHeight) { ScaleX = aspect, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
            var metrics = font.Metrics;
            var textSize = _stripHeight / ((metrics.CapHeight > 0 ? metrics.CapHeight : -metrics.Ascent) * 1.05f) * _stripHeight;
            font.Size = textSize;
            metrics = font.Metrics;
            _stripWidth = Math.Max(1, (int)MathF.Ceiling(font.MeasureText(p.Text)));
            using var bitmap = new SKBitmap(new SKImageInfo(_stripWidth, _stripHeight, SKColorType.Alpha8, SKAlphaType.Premul));
            using var canvas = new SKCanvas(bitmap);
            using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.Clear(SKColors.Transparent);
            var baseline = (_stripHeight + metrics.CapHeight) / 2f;
            using var path = font.GetTextPath(p.Text, new SKPoint(0, baseline));
            if (path is not null && !path.IsEmpty)
            {
                canvas.DrawPath(path, paint);
            }

            _strip = new float[_stripWidth * _stripHeight];
            var alpha = bitmap.GetPixelSpan();
            for (var y = 0; y < _stripHeight; y++)
            {
                for (var x = 0; x < _stripWidth; x++)
                {
                    _strip[y * _stripWidth + x] = alpha[y * bitmap.RowBytes + x] / 255f;
                }
            }
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var grid = _setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var period = _stripWidth + Math.Max(0, (int)MathF.Round(_p.Gap * columns));
            // Enters from the right edge at the start and moves left, by fractions of a cell between frames.
            var offset = time.Time * _p.Speed * columns - columns;
            var whole = MathF.Floor(offset);
            var fraction = offset - whole;
            var shift = (int)(whole % period);
            var top = (int)MathF.Round(_p.CenterY * rows - _stripHeight / 2f);
            for (var y = 0; y < _stripHeight; y++)
            {
                var r = top + y;
                if ((uint)r >= (uint)rows)
                {
                    continue;
                }

                for (var c = 0; c < columns; c++)
                {
                    var x = (c + shift) % period;
                    x = x < 0 ? x + period : x;
                    var next = x + 1 == period ? 0 : x + 1;
                    values[r * columns + c] = DetMath.Lerp(Coverage(y, x), Coverage(y, next), fraction);
                }
            }
        }

        private float Coverage(int y, int x) => x < _stripWidth ? _strip[y * _stripWidth + x] : 0f;
    }
}
