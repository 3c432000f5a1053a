using AsciiAssets.Glyphs;
using AsciiAssets.Grids;

namespace AsciiAssets.Scene.Text;

/// <summary>
/// Lines of text laid out one character per cell of a layer's grid (a terminal look), and drawn into the layer's
/// cells per frame at a position and with an animation. The layout is computed once; drawing allocates nothing.
/// </summary>
internal sealed class GridText
{
    private readonly Letter[] _letters;
    private readonly int _width;
    private readonly int _height;
    private readonly uint _seed;

    public GridText(TextLines text, TextAlign align, GlyphAtlas atlas, uint seed)
    {
        _seed = seed;
        _width = text.Width;
        _height = text.Lines.Count;
        var letters = new List<Letter>();
        var order = 0;
        for (var line = 0; line < text.Lines.Count; line++)
        {
            var characters = text.Lines[line];
            var indent = align switch
            {
                TextAlign.Left => 0,
                TextAlign.Right => _width - characters.Count,
                _ => (_width - characters.Count) / 2,
            };
            for (var i = 0; i < characters.Count; i++, order++)
            {
                if (!TextLines.IsBlank(characters[i]) && atlas.IndexOf(characters[i]) is { } glyph)
                {
                    letters.Add(new Letter(indent + i, line, glyph, order));
                }
            }
        }

        _letters = letters.ToArray();
        Count = order;
    }

    /// <summary>Characters in reading order, spaces included: the typewriter's steps.</summary>
    public int Count { get; }

    /// <summary>The block's size in cells.</summary>
    public (int Columns, int Rows) Size => (_width, _height);

    /// <summary>
    /// Writes the letters with the block centred on (x, y), in frame fractions, as <paramref name="animation"/> shows them
    /// <paramref name="seconds"/> after the text appeared (all of them, still, without one); other cells are left as they are.
    /// </summary>
    public void Draw(Grid grid, LayerCells cells, float x, float y, TextAnimationParameters? animation, float seconds)
    {
        var (left, top) = Origin(grid, x, y, _width, _height);
        var clock = animation?.Clock(seconds) ?? default;
        foreach (var letter in _letters)
        {
            var state = animation?.Letter(clock, letter.Order, Count, _seed) ?? LetterState.Shown;
            var column = left + letter.Column + state.Columns;
            var row = top + letter.Row + state.Rows;
            if (!state.Visible || state.Coverage <= 0f || (uint)column >= (uint)grid.Columns || (uint)row >= (uint)grid.Rows)
            {
                continue;
            }

            var cell = row * grid.Columns + column;
            cells.Glyphs[cell] = letter.Glyph;
            cells.Values[cell] = 1f;
            cells.Coverage[cell] = state.Coverage;
        }
    }

    /// <summary>The top-left cell of a block of <paramref name="columns"/> × <paramref name="rows"/> cells centred on (x, y) in frame fractions.</summary>
    public static (int Column, int Row) Origin(Grid grid, float x, float y, int columns, int rows)
    {
        var centreColumn = (x * grid.FrameWidth - grid.OffsetX) / grid.CellWidth;
        var centreRow = (y * grid.FrameHeight - grid.OffsetY) / grid.CellHeight;
        return ((int)MathF.Floor(centreColumn - columns / 2f + 0.5f), (int)MathF.Floor(centreRow - rows / 2f + 0.5f));
    }

    /// <summary>Every cell empty: no value, a blank glyph, black and fully transparent.</summary>
    public static void Clear(LayerCells cells, ushort blank)
    {
        cells.Values.AsSpan().Clear();
        cells.Glyphs.AsSpan().Fill(blank);
        cells.Colors.AsSpan().Clear();
        cells.Coverage.AsSpan().Clear();
    }

    private readonly record struct Letter(int Column, int Row, ushort Glyph, int Order);
}
