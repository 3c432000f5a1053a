using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AsciiAssets.Pixels;

/// <summary>Byte loops shared by the shaders: a vector per step where the CPU has vectors, exact integer math.</summary>
public static class PixelMath
{
    /// <summary>bytes = bytes · factor / 256, factor in 0..256 (256 leaves them unchanged).</summary>
    public static void Scale(Span<byte> bytes, int factor)
    {
        if (factor >= 256)
        {
            return;
        }

        factor = Math.Max(0, factor);
        ref var start = ref MemoryMarshal.GetReference(bytes);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var f = new Vector<ushort>((ushort)factor);
            for (; i + Vector<byte>.Count <= bytes.Length; i += Vector<byte>.Count)
            {
                ChannelLanes.Unpack(Vector.LoadUnsafe(ref start, (nuint)i), out var low, out var high);
                ChannelLanes.Pack((low * f) >> 8, (high * f) >> 8).StoreUnsafe(ref start, (nuint)i);
            }
        }

        for (; i < bytes.Length; i++)
        {
            ref var b = ref Unsafe.Add(ref start, i);
            b = (byte)((b * factor) >> 8);
        }
    }

    /// <summary>
    /// Moves a row of pixels (three bytes each) right by <paramref name="pixels"/> (left when negative) in place; what
    /// comes in at the edge is black.
    /// </summary>
    public static void ShiftRow(Span<byte> row, int pixels) => ShiftBytes(row, pixels * 3);

    /// <summary>
    /// Moves bytes right by <paramref name="count"/> (left when negative) in place, zeros coming in at the edge; a count
    /// that is not a multiple of three moves channel values into their neighbours' places (data bending).
    /// </summary>
    public static void ShiftBytes(Span<byte> row, int count)
    {
        var bytes = Math.Clamp(count, -row.Length, row.Length);
        if (bytes > 0)
        {
            row[..^bytes].CopyTo(row[bytes..]);
            row[..bytes].Clear();
        }
        else if (bytes < 0)
        {
            row[-bytes..].CopyTo(row);
            row[^-bytes..].Clear();
        }
    }
}
