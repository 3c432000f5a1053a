using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Pictures;
using AsciiAssets.Scene.Text;

namespace AsciiAssets.Scene.Masks;

[Registered("text_stencil", "Large letters: cells inside them show, so the layer's field fills the letter shapes (the classic ASCII title).")]
public sealed record TextStencilMask : TextMask
{
    public override IMask Create(MaskSetup setup) =>
        new Executor(this, setup, TextRaster.Of(Laid(), FontFile.For(Font?.FullPath), setup.Grid.FrameHeight, Align));

    private sealed class Executor(TextStencilMask p, MaskSetup setup, TextRaster raster) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            SamplePlane.SampleAlpha(raster.Picture, raster.At(grid, p.X, p.Y, p.Size), grid, coverage);
        }
    }
}
