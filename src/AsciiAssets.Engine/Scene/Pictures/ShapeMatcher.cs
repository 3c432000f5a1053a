using System.Runtime.CompilerServices;
using AsciiAssets.Glyphs;

namespace AsciiAssets.Scene.Pictures;

/// <summary>
/// Shape matching ("ASCII characters are not pixels", chafa's symbol matching): every palette glyph's ink is
/// measured in the same <see cref="SamplePlane.Across"/> × <see cref="SamplePlane.Down"/> regions a cell is sampled in,
/// scaled so the densest region of any glyph is 1, and a cell takes the glyph whose vector is nearest (least squares;
/// the first on a tie) to its samples' luminance. Made once per atlas and shared.
/// </summary>
internal sealed class ShapeMatcher
{
    private static readonly ConditionalWeakTable<GlyphAtlas, ShapeMatcher> Cache = new();

    private readonly float[] _vectors;
    private readonly int _count;

    private ShapeMatcher(GlyphAtlas atlas)
    {
        _count = atlas.PaletteCount;
        _vectors = new float[_count * SamplePlane.PerCell];
        for (var glyph = 0; glyph < _count; glyph++)
        {
            var lanes = atlas.Lanes(glyph);
            for (var k = 0; k < SamplePlane.PerCell; k++)
            {
                var (x0, x1) = Span(k % SamplePlane.Across, SamplePlane.Across, atlas.CellWidth);
                var (y0, y1) = Span(k / SamplePlane.Across, SamplePlane.Down, atlas.CellHeight);
                long sum = 0;
                for (var y = y0; y < y1; y++)
                {
                    for (var x = x0; x < x1; x++)
                    {
                        sum += lanes[y * atlas.RowLanes + x * 3];
                    }
                }

                var area = Math.Max(1, (x1 - x0) * (y1 - y0));
                _vectors[glyph * SamplePlane.PerCell + k] = sum / (255f * area);
            }
        }

        var densest = _vectors.DefaultIfEmpty(0f).Max();
        if (densest > 0)
        {
            for (var i = 0; i < _vectors.Length; i++)
            {
                _vectors[i] /= densest;
            }
        }
    }

    public static ShapeMatcher For(GlyphAtlas atlas) => Cache.GetValue(atlas, a => new ShapeMatcher(a));

    /// <summary>The glyph whose ink best matches a cell's <see cref="SamplePlane.PerCell"/> luminances.</summary>
    public ushort Match(ReadOnlySpan<float> samples)
    {
        var best = 0;
        var bestDistance = float.MaxValue;
        var vectors = _vectors.AsSpan();
        for (var glyph = 0; glyph < _count; glyph++)
        {
            var vector = vectors.Slice(glyph * SamplePlane.PerCell, SamplePlane.PerCell);
            float distance = 0;
            for (var k = 0; k < SamplePlane.PerCell; k++)
            {
                var d = samples[k] - vector[k];
                distance += d * d;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = glyph;
            }
        }

        return (ushort)best;
    }

    /// <summary>The pixels [start, end) of part <paramref name="index"/> of <paramref name="parts"/> along a side of <paramref name="length"/> pixels.</summary>
    private static (int Start, int End) Span(int index, int parts, int length) => (index * length / parts, (index + 1) * length / parts);
}
