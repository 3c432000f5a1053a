namespace AsciiAssets.Cli.Output;

/// <summary>
/// A video frame as 24-bit colour ANSI for a terminal of a given size: each cell shows two pixels, the upper one as the
/// foreground colour of '▀' (upper half block) and the lower one as its background, so the picture has twice as many
/// pixel rows as the terminal has rows and pixels about as wide as high. The frame is fitted inside the terminal keeping
/// its aspect and centred. Everything is sized when the picture is made; a frame allocates nothing.
/// </summary>
public sealed class TerminalPicture
{
    /// <summary>Switches to the alternate screen (the shell's screen comes back as it was), hides the cursor and clears.</summary>
    public static ReadOnlySpan<byte> Enter => "\e[?1049h\e[?25l\e[2J"u8;

    /// <summary>Undoes <see cref="Enter"/>: colours reset, cursor shown, the shell's screen back.</summary>
    public static ReadOnlySpan<byte> Leave => "\e[0m\e[?25h\e[?1049l"u8;

    // Terminals that know synchronized output (DEC mode 2026) show a frame only when it is complete, so nothing tears;
    // the others ignore the two sequences.
    private static ReadOnlySpan<byte> BeginFrame => "\e[?2026h"u8;

    private static ReadOnlySpan<byte> EndFrame => "\e[?2026l"u8;

    private static ReadOnlySpan<byte> UpperHalfBlock => "▀"u8;

    private static ReadOnlySpan<byte> Reset => "\e[0m"u8;

    /// <summary>The longest a cell can be: two colour sequences of 19 bytes and the block's 3.</summary>
    private const int LongestCell = 19 + 19 + 3;

    /// <summary>A row's cursor position (\e[RRRR;CCCCH) and its reset.</summary>
    private const int RowOverhead = 12 + 4;

    private readonly int _sourceWidth;
    private readonly (int Start, int End)[] _columns;
    private readonly (int Start, int End)[] _rows;
    private readonly int[] _sums;
    private readonly byte[] _pixels;
    private readonly byte[] _output;

    /// <param name="sourceWidth">The width of the frames to show, in pixels.</param>
    /// <param name="sourceHeight">Their height.</param>
    /// <param name="columns">The terminal's columns.</param>
    /// <param name="rows">The terminal's rows.</param>
    public TerminalPicture(int sourceWidth, int sourceHeight, int columns, int rows)
    {
        _sourceWidth = sourceWidth;
        (Width, Height) = Fit(sourceWidth, sourceHeight, columns, rows);
        Left = (columns - Width) / 2;
        Top = (rows - Height / 2) / 2;
        _columns = Bins(sourceWidth, Width);
        _rows = Bins(sourceHeight, Height);
        _sums = new int[Width * 3];
        _pixels = new byte[Width * Height * 3];
        _output = new byte[BeginFrame.Length + EndFrame.Length + Height / 2 * (RowOverhead + Width * LongestCell)];
    }

    /// <summary>The picture's width in pixels, which is its width in cells.</summary>
    public int Width { get; }

    /// <summary>The picture's height in pixels, twice its height in cells.</summary>
    public int Height { get; }

    /// <summary>The first column of the picture, 0-based.</summary>
    public int Left { get; }

    /// <summary>The first row of the picture, 0-based.</summary>
    public int Top { get; }

    /// <summary>The frame as the terminal shows it, rgb24 at <see cref="Width"/> x <see cref="Height"/>, after <see cref="Draw"/> or <see cref="DrawScaled"/>.</summary>
    public ReadOnlySpan<byte> Pixels => _pixels;

    /// <summary>
    /// The largest size of the source's aspect that fits the terminal's pixels (columns wide, two a row high), with an
    /// even height so every row of cells has both halves; at least one cell.
    /// </summary>
    public static (int Width, int Height) Fit(int sourceWidth, int sourceHeight, int columns, int rows)
    {
        var scale = Math.Min((double)columns / sourceWidth, 2.0 * rows / sourceHeight);
        var width = Math.Clamp((int)Math.Round(sourceWidth * scale, MidpointRounding.AwayFromZero), 1, columns);
        var height = Math.Clamp((int)Math.Round(sourceHeight * scale / 2, MidpointRounding.AwayFromZero) * 2, 2, 2 * rows);
        return (width, height);
    }

    /// <summary>Averages a frame of the source size (rgb24) down to the picture, each pixel the mean of the source pixels it covers, and encodes it.</summary>
    public ReadOnlySpan<byte> DrawScaled(ReadOnlySpan<byte> source)
    {
        var stride = _sourceWidth * 3;
        for (var y = 0; y < Height; y++)
        {
            Array.Clear(_sums);
            var (top, bottom) = _rows[y];
            for (var sy = top; sy < bottom; sy++)
            {
                var row = source.Slice(sy * stride, stride);
                for (var x = 0; x < Width; x++)
                {
                    int r = 0, g = 0, b = 0;
                    var (left, right) = _columns[x];
                    for (var sx = left; sx < right; sx++)
                    {
                        r += row[sx * 3];
                        g += row[sx * 3 + 1];
                        b += row[sx * 3 + 2];
                    }

                    _sums[x * 3] += r;
                    _sums[x * 3 + 1] += g;
                    _sums[x * 3 + 2] += b;
                }
            }

            var target = _pixels.AsSpan(y * Width * 3, Width * 3);
            for (var x = 0; x < Width; x++)
            {
                var count = (bottom - top) * (_columns[x].End - _columns[x].Start);
                for (var c = 0; c < 3; c++)
                {
                    target[x * 3 + c] = (byte)((_sums[x * 3 + c] + count / 2) / count);
                }
            }
        }

        return Encode();
    }

    /// <summary>Encodes a frame that already has the picture's size (ffmpeg scaled it).</summary>
    public ReadOnlySpan<byte> Draw(ReadOnlySpan<byte> pixels)
    {
        pixels[.._pixels.Length].CopyTo(_pixels);
        return Encode();
    }

    /// <summary>
    /// The source pixels [Start, End) that each of <paramref name="target"/> pixels covers: [t·S/T, (t+1)·S/T), and
    /// where the picture is larger than the source (a small spec on a large terminal) the one source pixel under it.
    /// </summary>
    private static (int Start, int End)[] Bins(int source, int target)
    {
        var bins = new (int Start, int End)[target];
        for (var t = 0; t < target; t++)
        {
            var start = (int)((long)t * source / target);
            bins[t] = (start, Math.Max(start + 1, (int)((long)(t + 1) * source / target)));
        }

        return bins;
    }

    /// <summary>
    /// Each row of cells placed with an absolute cursor position (a terminal's wrapping never matters) and ended with a
    /// colour reset; a colour is written only where it differs from the cell before.
    /// </summary>
    private ReadOnlySpan<byte> Encode()
    {
        var at = 0;
        Append(BeginFrame, ref at);
        var rowBytes = Width * 3;
        for (var cellRow = 0; cellRow < Height / 2; cellRow++)
        {
            _output[at++] = 0x1b;
            _output[at++] = (byte)'[';
            AppendNumber(Top + cellRow + 1, ref at);
            _output[at++] = (byte)';';
            AppendNumber(Left + 1, ref at);
            _output[at++] = (byte)'H';
            var upper = _pixels.AsSpan(2 * cellRow * rowBytes, rowBytes);
            var lower = _pixels.AsSpan((2 * cellRow + 1) * rowBytes, rowBytes);
            var foreground = -1;
            var background = -1;
            for (var x = 0; x < Width; x++)
            {
                var top = (upper[x * 3] << 16) | (upper[x * 3 + 1] << 8) | upper[x * 3 + 2];
                var bottom = (lower[x * 3] << 16) | (lower[x * 3 + 1] << 8) | lower[x * 3 + 2];
                if (top != foreground)
                {
                    AppendColor("\e[38;2;"u8, upper.Slice(x * 3, 3), ref at);
                    foreground = top;
                }

                if (bottom != background)
                {
                    AppendColor("\e[48;2;"u8, lower.Slice(x * 3, 3), ref at);
                    background = bottom;
                }

                Append(UpperHalfBlock, ref at);
            }

            Append(Reset, ref at);
        }

        Append(EndFrame, ref at);
        return _output.AsSpan(0, at);
    }

    private void AppendColor(ReadOnlySpan<byte> introducer, ReadOnlySpan<byte> rgb, ref int at)
    {
        Append(introducer, ref at);
        AppendNumber(rgb[0], ref at);
        _output[at++] = (byte)';';
        AppendNumber(rgb[1], ref at);
        _output[at++] = (byte)';';
        AppendNumber(rgb[2], ref at);
        _output[at++] = (byte)'m';
    }

    private void AppendNumber(int value, ref int at)
    {
        // Formats straight into the buffer as UTF-8: no string per number.
        value.TryFormat(_output.AsSpan(at), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        at += written;
    }

    private void Append(ReadOnlySpan<byte> bytes, ref int at)
    {
        bytes.CopyTo(_output.AsSpan(at));
        at += bytes.Length;
    }
}
