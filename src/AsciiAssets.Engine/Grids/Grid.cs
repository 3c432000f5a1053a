using AsciiAssets.Numerics;

namespace AsciiAssets.Grids;

/// <summary>
/// A grid of character cells centred in the frame, with the per-cell coordinate tables every field reads.
/// Built once per (size, frame size, cell size) and shared read-only by all frames of a worker.
/// </summary>
public sealed class Grid
{
    public Grid(int frameWidth, int frameHeight, int cellWidth, int cellHeight)
    {
        FrameWidth = frameWidth;
        FrameHeight = frameHeight;
        CellWidth = cellWidth;
        CellHeight = cellHeight;
        Columns = Math.Max(1, frameWidth / cellWidth);
        Rows = Math.Max(1, frameHeight / cellHeight);
        OffsetX = (frameWidth - Columns * cellWidth) / 2;
        OffsetY = (frameHeight - Rows * cellHeight) / 2;

        var count = Columns * Rows;
        Row = new float[count];
        Column = new float[count];
        Dx = new float[count];
        Dy = new float[count];
        Distance = new float[count];
        Angle = new float[count];
        NormalizedDistance = new float[count];

        // Cells are taller than wide: scale rows by the cell aspect so circles look round.
        var aspect = (float)cellHeight / cellWidth;
        var centreX = (Columns - 1) / 2f;
        var centreY = (Rows - 1) / 2f;
        float maxDistance = 0;
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var i = r * Columns + c;
                Row[i] = r;
                Column[i] = c;
                Dx[i] = c - centreX;
                Dy[i] = (r - centreY) * aspect;
                Distance[i] = MathF.Sqrt(Dx[i] * Dx[i] + Dy[i] * Dy[i]);
                Angle[i] = DetMath.Atan2(Dy[i], Dx[i]);
                maxDistance = Math.Max(maxDistance, Distance[i]);
            }
        }

        for (var i = 0; i < count; i++)
        {
            NormalizedDistance[i] = maxDistance > 0 ? Distance[i] / maxDistance : 0;
        }
    }

    public int FrameWidth { get; }

    public int FrameHeight { get; }

    public int Columns { get; }

    public int Rows { get; }

    public int CellCount => Columns * Rows;

    public int CellWidth { get; }

    public int CellHeight { get; }

    public int OffsetX { get; }

    public int OffsetY { get; }

    /// <summary>The centre of a cell in frame pixels.</summary>
    public (float X, float Y) PixelCentre(int cell) =>
        (OffsetX + (Column[cell] + 0.5f) * CellWidth, OffsetY + (Row[cell] + 0.5f) * CellHeight);

    public float[] Row { get; }

    public float[] Column { get; }

    /// <summary>Column offset from the centre, in cell widths.</summary>
    public float[] Dx { get; }

    /// <summary>Row offset from the centre, aspect-corrected to cell widths.</summary>
    public float[] Dy { get; }

    public float[] Distance { get; }

    /// <summary>Angle from the centre in radians, −π..π.</summary>
    public float[] Angle { get; }

    /// <summary>Distance from the centre divided by the largest distance: 0 at the centre, 1 in the corners.</summary>
    public float[] NormalizedDistance { get; }
}
