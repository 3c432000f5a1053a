using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Text;

namespace AsciiAssets.Scene.Masks;

[Registered("text_block", "The rectangle a text takes, with a margin: a panel behind a title or subtitles.")]
public sealed record TextBlockMask(
    [Doc("Margin around the text in frame heights.")][Range(0, 2)] float Padding = 0.03f,
    [Doc("Width of the soft edge in frame heights; 0 is a hard edge.")][Range(0, 2)] float Softness = 0f) : TextMask
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup, Laid(), FontFile.For(Font?.FullPath));

    private sealed class Executor(TextBlockMask p, MaskSetup setup, TextLines text, FontFile font) : IMask
    {
        // The block's size at a line height of one frame height, in frame heights; it scales with 'size'.
        private readonly (float Width, float Height) _unit = TextRaster.Size(text, font, setup.Grid.FrameHeight) is var (w, h) ? (w / setup.Grid.FrameHeight, h / setup.Grid.FrameHeight) : default;

        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            var aspect = MaskMath.Aspect(grid);
            var halfWidth = _unit.Width * p.Size / 2 + p.Padding;
            var halfHeight = _unit.Height * p.Size / 2 + p.Padding;
            for (var i = 0; i < coverage.Length; i++)
            {
                var (x, y) = MaskMath.Centre(grid, i);
                var inside = MathF.Min(halfWidth - MathF.Abs(x - p.X) * aspect, halfHeight - MathF.Abs(y - p.Y));
                coverage[i] = MaskMath.Edge(inside, p.Softness);
            }
        }
    }
}
