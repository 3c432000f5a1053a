using AsciiAssets.Glyphs;
using AsciiAssets.Numerics;
using AsciiAssets.Scene.Sources;

namespace AsciiAssets.Scene.Pictures;

/// <summary>
/// Turns a sampled picture into a layer's cells with a picture source's mode: values from the luminance (inverted,
/// contrast, gamma, dithered), edge or shape glyphs, the picture's colour and its alpha as coverage. Reads the
/// source's parameters per frame; buffers are made once.
/// </summary>
internal sealed class PictureCells
{
    private static readonly float[] Bayer = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];

    private readonly PictureSource _p;
    private readonly GlyphAtlas _atlas;
    private readonly ShapeMatcher? _shapes;
    private readonly ushort[] _edgeGlyphs;
    private readonly float[] _work;

    public PictureCells(PictureSource p, SourceSetup setup)
    {
        _p = p;
        _atlas = setup.Atlas;
        _shapes = p.Mode == PictureMode.Shape ? ShapeMatcher.For(setup.Atlas) : null;
        _edgeGlyphs = p.Mode == PictureMode.Edge
            ? EdgeMode.Characters(p.EdgeChars).Select(c => setup.Atlas.IndexOf(c) ?? LayerCells.PaletteGlyph).ToArray()
            : [];
        _work = new float[Math.Max(setup.Grid.CellCount, SamplePlane.PerCell)];
    }

    /// <param name="motion">Footage in motion mode: each cell's luminance in the footage's previous frame.</param>
    public void Write(SamplePlane plane, LayerCells cells, ReadOnlySpan<float> motion = default, float motionGain = 1f)
    {
        var values = cells.Values;
        var grid = plane.Grid;
        plane.CellColor.CopyTo(cells.Colors, 0);
        plane.CellAlpha.CopyTo(cells.Coverage, 0);
        cells.Glyphs.AsSpan().Fill(LayerCells.PaletteGlyph);
        for (var i = 0; i < values.Length; i++)
        {
            var luma = _p.Mode == PictureMode.Motion && motion.Length > 0 ? MathF.Abs(plane.CellLuma[i] - motion[i]) * motionGain : plane.CellLuma[i];
            values[i] = Transfer(luma);
        }

        switch (_p.Mode)
        {
            case PictureMode.Edge:
                Edges(grid, values, cells.Glyphs);
                break;
            case PictureMode.Shape:
                Shapes(plane, cells.Glyphs);
                break;
            default:
                Dither(grid.Columns, values);
                break;
        }
    }

    /// <summary>Inversion, contrast around mid-grey and gamma, in that order, clamped to [0, 1].</summary>
    private float Transfer(float luma)
    {
        var v = DetMath.Clamp01(luma);
        if (_p.Invert)
        {
            v = 1f - v;
        }

        v = DetMath.Clamp01((v - 0.5f) * _p.Contrast + 0.5f);
        return _p.Gamma == 1f ? v : DetMath.Pow(v, _p.Gamma);
    }

    private void Edges(Grids.Grid grid, float[] values, ushort[] glyphs)
    {
        values.CopyTo(_work, 0);
        var threshold = _p.EdgeThreshold;
        for (var i = 0; i < values.Length; i++)
        {
            var (strength, direction) = EdgeMode.At(grid, _work, i);
            if (strength > threshold && _edgeGlyphs[direction] != LayerCells.PaletteGlyph)
            {
                glyphs[i] = _edgeGlyphs[direction];
                values[i] = MathF.Max(values[i], strength);
            }
        }
    }

    private void Shapes(SamplePlane plane, ushort[] glyphs)
    {
        var samples = _work.AsSpan(0, SamplePlane.PerCell);
        for (var i = 0; i < glyphs.Length; i++)
        {
            for (var k = 0; k < SamplePlane.PerCell; k++)
            {
                samples[k] = Transfer(plane.Luma[i * SamplePlane.PerCell + k]);
            }

            glyphs[i] = _shapes!.Match(samples);
        }
    }

    /// <summary>Moves each value to the middle of a palette step, ordered (Bayer) or diffusing the error (Floyd–Steinberg).</summary>
    private void Dither(int columns, float[] values)
    {
        var steps = _atlas.PaletteCount;
        switch (_p.Dither)
        {
            case DitherMode.Ordered:
                for (var i = 0; i < values.Length; i++)
                {
                    var threshold = (Bayer[(i / columns & 3) * 4 + (i % columns & 3)] + 0.5f) / 16f - 0.5f;
                    values[i] = Step(values[i] + threshold / steps, steps);
                }

                break;
            case DitherMode.Diffusion:
                var rows = values.Length / columns;
                for (var i = 0; i < values.Length; i++)
                {
                    var wanted = values[i];
                    var chosen = Step(wanted, steps);
                    values[i] = chosen;
                    var error = wanted - chosen;
                    var column = i % columns;
                    var row = i / columns;
                    if (column + 1 < columns)
                    {
                        values[i + 1] += error * (7f / 16f);
                    }

                    if (row + 1 < rows)
                    {
                        if (column > 0)
                        {
                            values[i + columns - 1] += error * (3f / 16f);
                        }

                        values[i + columns] += error * (5f / 16f);
                        if (column + 1 < columns)
                        {
                            values[i + columns + 1] += error * (1f / 16f);
                        }
                    }
                }

                break;
        }
    }

    /// <summary>The middle of the palette step a value falls in: what the layer's index floor(v · n) picks exactly.</summary>
    private static float Step(float value, int steps)
    {
        var index = Math.Clamp((int)MathF.Floor(value * steps), 0, steps - 1);
        return (index + 0.5f) / steps;
    }
}
