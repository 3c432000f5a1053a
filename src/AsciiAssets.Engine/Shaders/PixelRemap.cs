namespace AsciiAssets.Shaders;

/// <summary>
/// A fixed geometric transform of a frame: for each pixel, the pixel it takes its value from, or black where that
/// falls outside the frame. Built once per size and parameters and shared read-only by every worker.
/// </summary>
public sealed class PixelRemap
{
    // Byte offset of each pixel's source pixel, or −1 for black.
    private readonly int[] _sources;

    /// <param name="source">For a pixel (x, y), the pixel it shows; anything outside the frame gives black.</param>
    public PixelRemap(int width, int height, Func<int, int, (int X, int Y)> source)
    {
        _sources = new int[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (sx, sy) = source(x, y);
                _sources[y * width + x] = sx < 0 || sy < 0 || sx >= width || sy >= height ? -1 : (sy * width + sx) * 3;
            }
        }
    }

    /// <summary>Writes the transformed <paramref name="source"/> into <paramref name="destination"/> (another buffer of the same size).</summary>
    public void Apply(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var sources = _sources;
        for (var p = 0; p < sources.Length; p++)
        {
            var from = sources[p];
            var o = p * 3;
            if (from < 0)
            {
                destination[o] = destination[o + 1] = destination[o + 2] = 0;
            }
            else
            {
                destination[o] = source[from];
                destination[o + 1] = source[from + 1];
                destination[o + 2] = source[from + 2];
            }
        }
    }
}
