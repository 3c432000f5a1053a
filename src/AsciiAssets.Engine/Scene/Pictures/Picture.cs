namespace AsciiAssets.Scene.Pictures;

/// <summary>
/// A bitmap to sample cells from (a decoded image, rasterized text, a footage frame): premultiplied RGBA bytes,
/// with halved copies (2×2 box averages) made on first need so that a sample covering many pixels reads a few.
/// Sampling is area averaging over the sample's footprint, widened to at least one pixel (which makes enlarging
/// bilinear); pixels outside the bitmap are transparent. Integer averages and plain float sums: the same bits everywhere.
/// </summary>
public sealed class Picture
{
    private readonly List<Level> _levels = new();

    public Picture(int width, int height, byte[] rgba)
    {
        if (rgba.Length < width * height * 4)
        {
            throw new ArgumentException("The pixels do not fill the picture.", nameof(rgba));
        }

        _levels.Add(new Level(width, height, rgba));
    }

    public int Width => _levels[0].Width;

    public int Height => _levels[0].Height;

    /// <summary>The full-size premultiplied RGBA pixels (a footage reader overwrites them in place, then calls <see cref="PixelsChanged"/>).</summary>
    public byte[] Pixels => _levels[0].Rgba;

    /// <summary>Marks the halved copies stale after <see cref="Pixels"/> changed; they are remade, in their own arrays, when a sample needs them.</summary>
    public void PixelsChanged() => _fresh = 1;

    // Levels [0, _fresh) hold the current pixels; the others are stale arrays kept for reuse.
    private int _fresh = 1;

    /// <summary>A new picture of half the size (2×2 averages), for pictures far larger than they are shown.</summary>
    public Picture Halved()
    {
        var level = LevelAt(1) ?? _levels[0];
        return new Picture(level.Width, level.Height, (byte[])level.Rgba.Clone());
    }

    /// <summary>Makes every halved copy now: a picture shared by workers must not build them while others sample.</summary>
    public Picture WithAllLevels()
    {
        while (LevelAt(_levels.Count) is not null)
        {
        }

        return this;
    }

    /// <summary>
    /// The mean premultiplied colour (0..255 per channel) of the rectangle centred on (x, y) of size w × h, in pixels of
    /// the full-size picture; written to <paramref name="rgba"/> (4 values).
    /// </summary>
    public void Sample(float x, float y, float w, float h, Span<float> rgba)
    {
        // The coarsest copy whose pixels are still no larger than the footprint's shorter side.
        var level = 0;
        var footprint = MathF.Min(w, h);
        while (footprint >= 2f && LevelAt(level + 1) is not null)
        {
            footprint *= 0.5f;
            level++;
        }

        var data = LevelAt(level)!;
        var scale = 1f / (1 << level);
        var bw = MathF.Max(1f, w * scale);
        var bh = MathF.Max(1f, h * scale);
        var x0 = x * scale - bw * 0.5f;
        var y0 = y * scale - bh * 0.5f;
        var x1 = x0 + bw;
        var y1 = y0 + bh;
        float r = 0, g = 0, b = 0, a = 0;
        var firstY = Math.Max(0, (int)MathF.Floor(y0));
        var lastY = Math.Min(data.Height - 1, (int)MathF.Ceiling(y1) - 1);
        var firstX = Math.Max(0, (int)MathF.Floor(x0));
        var lastX = Math.Min(data.Width - 1, (int)MathF.Ceiling(x1) - 1);
        var pixels = data.Rgba;
        for (var py = firstY; py <= lastY; py++)
        {
            var wy = MathF.Min(y1, py + 1) - MathF.Max(y0, py);
            var row = py * data.Width * 4;
            for (var px = firstX; px <= lastX; px++)
            {
                var weight = wy * (MathF.Min(x1, px + 1) - MathF.Max(x0, px));
                var i = row + px * 4;
                r += pixels[i] * weight;
                g += pixels[i + 1] * weight;
                b += pixels[i + 2] * weight;
                a += pixels[i + 3] * weight;
            }
        }

        var inverseArea = 1f / (bw * bh);
        rgba[0] = r * inverseArea;
        rgba[1] = g * inverseArea;
        rgba[2] = b * inverseArea;
        rgba[3] = a * inverseArea;
    }

    /// <summary>A level, made from the one above on first use; null past the last (a 1-pixel side).</summary>
    private Level? LevelAt(int index)
    {
        while (_fresh <= index)
        {
            var above = _levels[_fresh - 1];
            if (above.Width == 1 && above.Height == 1)
            {
                return null;
            }

            if (_levels.Count == _fresh)
            {
                _levels.Add(new Level((above.Width + 1) / 2, (above.Height + 1) / 2, new byte[(above.Width + 1) / 2 * ((above.Height + 1) / 2) * 4]));
            }

            Halve(above, _levels[_fresh]);
            _fresh++;
        }

        return _levels[index];
    }

    /// <summary>2×2 box averages, rounded; an odd last column or row is averaged with itself.</summary>
    private static void Halve(Level source, Level target)
    {
        var from = source.Rgba;
        var rgba = target.Rgba;
        for (var y = 0; y < target.Height; y++)
        {
            var top = 2 * y * source.Width * 4;
            var bottom = Math.Min(2 * y + 1, source.Height - 1) * source.Width * 4;
            for (var x = 0; x < target.Width; x++)
            {
                var left = 2 * x * 4;
                var right = Math.Min(2 * x + 1, source.Width - 1) * 4;
                var o = (y * target.Width + x) * 4;
                for (var c = 0; c < 4; c++)
                {
                    rgba[o + c] = (byte)((from[top + left + c] + from[top + right + c] + from[bottom + left + c] + from[bottom + right + c] + 2) >> 2);
                }
            }
        }
    }

    private sealed record Level(int Width, int Height, byte[] Rgba);
}
