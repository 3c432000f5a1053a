namespace AsciiAssets.Grids;

/// <summary>The six grid sizes; each is a font size in pixels at 1080p (the short side), scaled with the frame.</summary>
public enum GridSize
{
    Xs,
    Sm,
    Md,
    Lg,
    Xl,
    Xxl,
}

public static class GridSizes
{
    public static int FontPixelsAt1080(GridSize size) => size switch
    {
        GridSize.Xs => 8,
        GridSize.Sm => 10,
        GridSize.Md => 16,
        GridSize.Lg => 20,
        GridSize.Xl => 24,
        GridSize.Xxl => 40,
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    /// <summary>Smallest font drawn at all: smaller grids are drawn at this size.</summary>
    public const int MinimumFontPixels = 6;

    /// <summary>Smallest font whose glyphs read as characters (the reference's finest grid at 1080p); smaller ones warn (AA2020).</summary>
    public const int ReadableFontPixels = 8;

    /// <summary>Font size for a frame: scaled by the short side so a spec looks alike at every resolution.</summary>
    public static int FontPixels(GridSize size, int width, int height) =>
        Math.Max(MinimumFontPixels, (int)Math.Round(FontPixelsAt1080(size) * Math.Min(width, height) / 1080.0, MidpointRounding.AwayFromZero));
}
