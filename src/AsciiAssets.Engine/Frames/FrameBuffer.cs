using System.Buffers;

namespace AsciiAssets.Frames;

/// <summary>An rgb24 frame (3 bytes a pixel, rows packed) on a pooled array, reused across frames.</summary>
public sealed class FrameBuffer : IDisposable
{
    private byte[]? _pixels;

    public FrameBuffer(int width, int height)
    {
        Width = width;
        Height = height;
        _pixels = ArrayPool<byte>.Shared.Rent(width * height * 3);
    }

    public int Width { get; }

    public int Height { get; }

    public int Stride => Width * 3;

    public int Length => Width * Height * 3;

    public Span<byte> Pixels => _pixels.AsSpan(0, Length);

    public byte[] Array => _pixels ?? throw new ObjectDisposedException(nameof(FrameBuffer));

    public Span<byte> Row(int y) => Pixels.Slice(y * Stride, Stride);

    public void Clear() => Pixels.Clear();

    public void CopyTo(FrameBuffer other) => Pixels.CopyTo(other.Pixels);

    public void Dispose()
    {
        if (_pixels is not null)
        {
            ArrayPool<byte>.Shared.Return(_pixels);
            _pixels = null;
        }
    }
}
