using AsciiAssets.Grids;

namespace AsciiAssets.Scene.Pictures;

/// <summary>How a picture fits the frame before it is scaled and moved.</summary>
public enum PictureFit
{
    /// <summary>The whole picture shows, as large as the frame allows; bars where the aspects differ.</summary>
    Contain,

    /// <summary>The picture fills the frame; what overhangs is cut off.</summary>
    Cover,

    /// <summary>The picture is stretched to the frame.</summary>
    Stretch,
}

/// <summary>Where a picture lies in the frame: picture pixel = frame pixel · scale + offset, per axis.</summary>
public readonly record struct Placement(float ScaleX, float OffsetX, float ScaleY, float OffsetY)
{
    /// <summary>The size a picture of <paramref name="width"/> × <paramref name="height"/> pixels (of <paramref name="pixelAspect"/>, width over height) takes in the frame at scale 1.</summary>
    public static (float Width, float Height) Fitted(PictureFit fit, float width, float height, int frameWidth, int frameHeight, float pixelAspect = 1f)
    {
        var aspect = width * pixelAspect / height;
        var frameAspect = (float)frameWidth / frameHeight;
        return fit switch
        {
            PictureFit.Stretch => (frameWidth, frameHeight),
            PictureFit.Cover when aspect > frameAspect => (frameHeight * aspect, frameHeight),
            PictureFit.Cover => (frameWidth, frameWidth / aspect),
            _ when aspect > frameAspect => (frameWidth, frameWidth / aspect),
            _ => (frameHeight * aspect, frameHeight),
        };
    }

    /// <summary>A picture shown <paramref name="shownWidth"/> × <paramref name="shownHeight"/> frame pixels large, centred on (x, y) in frame fractions.</summary>
    public static Placement Of(int pictureWidth, int pictureHeight, float shownWidth, float shownHeight, int frameWidth, int frameHeight, float x, float y)
    {
        var scaleX = pictureWidth / shownWidth;
        var scaleY = pictureHeight / shownHeight;
        return new Placement(scaleX, pictureWidth / 2f - x * frameWidth * scaleX, scaleY, pictureHeight / 2f - y * frameHeight * scaleY);
    }
}

/// <summary>
/// A picture sampled at a few points per cell of a grid (<see cref="Across"/> × <see cref="Down"/>, each sample the
/// area average of its share of the cell), and per cell: mean premultiplied luminance, colour and alpha. The per-cell
/// modes (luminance, edges, shape matching) read it. Buffers are made once.
/// </summary>
public sealed class SamplePlane
{
    /// <summary>Samples across and down a cell: 2 × 4 gives near-square regions in a cell about twice as tall as wide.</summary>
    public const int Across = 2;

    public const int Down = 4;

    public const int PerCell = Across * Down;

    public SamplePlane(Grid grid)
    {
        Grid = grid;
        Luma = new float[grid.CellCount * PerCell];
        CellLuma = new float[grid.CellCount];
        CellAlpha = new float[grid.CellCount];
        CellColor = new Numerics.Rgb24[grid.CellCount];
    }

    public Grid Grid { get; }

    /// <summary>Premultiplied luminance in [0, 1] of each sample, cell by cell (sample k of cell i at i · PerCell + k, rows of <see cref="Across"/>).</summary>
    public float[] Luma { get; }

    /// <summary>Mean premultiplied luminance of each cell (transparent counts as black).</summary>
    public float[] CellLuma { get; }

    /// <summary>Mean alpha of each cell in [0, 1].</summary>
    public float[] CellAlpha { get; }

    /// <summary>The mean colour of what covers each cell (alpha divided out).</summary>
    public Numerics.Rgb24[] CellColor { get; }

    /// <summary>The size in frame pixels of one sample: footage is scaled by ffmpeg so that one of its pixels is one sample.</summary>
    public (float Width, float Height) SamplePixels => ((float)Grid.CellWidth / Across, (float)Grid.CellHeight / Down);

    /// <summary>Samples the picture where <paramref name="placement"/> puts it.</summary>
    public void Fill(Picture picture, Placement placement)
    {
        var grid = Grid;
        var stepX = (float)grid.CellWidth / Across;
        var stepY = (float)grid.CellHeight / Down;
        var footprintX = stepX * placement.ScaleX;
        var footprintY = stepY * placement.ScaleY;
        Span<float> rgba = stackalloc float[4];
        for (var cell = 0; cell < grid.CellCount; cell++)
        {
            var left = grid.OffsetX + grid.Column[cell] * grid.CellWidth;
            var top = grid.OffsetY + grid.Row[cell] * grid.CellHeight;
            float r = 0, g = 0, b = 0, a = 0, luma = 0;
            for (var k = 0; k < PerCell; k++)
            {
                var fx = left + (k % Across + 0.5f) * stepX;
                var fy = top + (k / Across + 0.5f) * stepY;
                picture.Sample(fx * placement.ScaleX + placement.OffsetX, fy * placement.ScaleY + placement.OffsetY, footprintX, footprintY, rgba);
                var y = (0.299f * rgba[0] + 0.587f * rgba[1] + 0.114f * rgba[2]) * (1f / 255f);
                Luma[cell * PerCell + k] = y;
                luma += y;
                r += rgba[0];
                g += rgba[1];
                b += rgba[2];
                a += rgba[3];
            }

            Summarize(cell, r, g, b, a, luma);
        }
    }

    /// <summary>Each cell's mean alpha in [0, 1] where <paramref name="placement"/> puts the picture, one sample covering the whole cell (stencils).</summary>
    public static void SampleAlpha(Picture picture, Placement placement, Grid grid, Span<float> alpha)
    {
        Span<float> rgba = stackalloc float[4];
        var footprintX = grid.CellWidth * placement.ScaleX;
        var footprintY = grid.CellHeight * placement.ScaleY;
        for (var cell = 0; cell < grid.CellCount; cell++)
        {
            var (x, y) = grid.PixelCentre(cell);
            picture.Sample(x * placement.ScaleX + placement.OffsetX, y * placement.ScaleY + placement.OffsetY, footprintX, footprintY, rgba);
            alpha[cell] = rgba[3] * (1f / 255f);
        }
    }

    private void Summarize(int cell, float r, float g, float b, float a, float luma)
    {
        CellLuma[cell] = luma * (1f / PerCell);
        CellAlpha[cell] = a * (1f / (PerCell * 255f));
        var unpremultiply = a > 0 ? 255f / a : 0f;
        CellColor[cell] = new Numerics.Rgb24(ToByte(r * unpremultiply), ToByte(g * unpremultiply), ToByte(b * unpremultiply));
    }

    private static byte ToByte(float value) => (byte)(value >= 255f ? 255 : value + 0.5f);
}
