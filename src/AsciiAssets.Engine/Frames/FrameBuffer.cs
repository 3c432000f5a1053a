using System.Buffers;

namespace AsciiAssets.Frames;

/// <summary>
/// An rgb24 frame (3 bytes a pixel, rows packed) on a pooled array, reused across frames. A frame of a transparent
/// spec also carries an alpha plane (a byte a pixel): its colours are then premultiplied (light over transparent
/// black, which is what compositing on black gives), and <see cref="PackStraightRgba"/> turns both into the straight
/// RGBA that PNG, VP9 and ProRes store.
/// </summary>
public sealed class FrameBuffer : IDisposable
{
    private byte[]? _pixels;
    private byte[]? _alpha;
    private byte[]? _rgba;

    public FrameBuffer(int width, int height, bool withAlpha = false)
    {
        Width = width;
        Height = height;
        _pixels = ArrayPool<byte>.Shared.Rent(width * height * 3);
        if (withAlpha)
        {
            _alpha = ArrayPool<byte>.Shared.Rent(width * height);
            _rgba = ArrayPool<byte>.Shared.Rent(width * height * 4);
        }
    }

    /// <summary>True for a frame of a transparent spec: <see cref="Alpha"/> holds each pixel's coverage.</summary>
    public bool HasAlpha => _alpha is not null;

    /// <summary>Each pixel's alpha (0 transparent … 255 opaque), row by row; empty for an opaque frame.</summary>
    public Span<byte> Alpha => _alpha.AsSpan(0, _alpha is null ? 0 : Width * Height);

    /// <summary>
    /// What an encoder reads: the rgb24 pixels (over black), or for an alpha track the straight RGBA that
    /// <see cref="PackStraightRgba"/> wrote last.
    /// </summary>
    public ReadOnlyMemory<byte> Encoded(bool alpha) =>
        alpha ? (_rgba ?? throw new InvalidOperationException("An opaque frame has no RGBA.")).AsMemory(0, Width * Height * 4) : Array.AsMemory(0, Length);

    /// <summary>Fills the RGBA copy from the premultiplied pixels and the alpha plane; a frame is packed once however many encoders read it.</summary>
    public void PackStraightRgba() => AsciiAssets.Pixels.AlphaPixels.PackStraight(Pixels, Alpha, _rgba.AsSpan(0, Width * Height * 4));

    public int Width { get; }

    public int Height { get; }

    public int Stride => Width * 3;

    public int Length => Width * Height * 3;

    public Span<byte> Pixels => _pixels.AsSpan(0, Length);

    public byte[] Array => _pixels ?? throw new ObjectDisposedException(nameof(FrameBuffer));

    public Span<byte> Row(int y) => Pixels.Slice(y * Stride, Stride);

    /// <summary>Row y of the alpha plane; only for a frame that has one.</summary>
    public Span<byte> AlphaRow(int y) => Alpha.Slice(y * Width, Width);

    public void Clear()
    {
        Pixels.Clear();
        Alpha.Clear();
    }

    /// <summary>Copies the pixels, and the alpha plane when both frames have one.</summary>
    public void CopyTo(FrameBuffer other)
    {
        Pixels.CopyTo(other.Pixels);
        if (HasAlpha && other.HasAlpha)
        {
            Alpha.CopyTo(other.Alpha);
        }
    }

    public void Dispose()
    {
        if (_pixels is not null)
        {
            ArrayPool<byte>.Shared.Return(_pixels);
            _pixels = null;
        }

        if (_alpha is not null)
        {
            ArrayPool<byte>.Shared.Return(_alpha);
            ArrayPool<byte>.Shared.Return(_rgba!);
            _alpha = null;
            _rgba = null;
        }
    }
}
