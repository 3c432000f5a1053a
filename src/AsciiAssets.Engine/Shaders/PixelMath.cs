using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AsciiAssets.Shaders;

/// <summary>Small vectorised byte loops shared by the shaders: 32 channel values per step, exact integer math.</summary>
internal static class PixelMath
{
    /// <summary>bytes = bytes · factor / 256, factor in 0..256 (256 leaves them unchanged).</summary>
    public static void Scale(Span<byte> bytes, int factor)
    {
        if (factor >= 256)
        {
            return;
        }

        var f = Vector256.Create((ushort)Math.Max(0, factor));
        ref var start = ref MemoryMarshal.GetReference(bytes);
        var i = 0;
        for (; i + 32 <= bytes.Length; i += 32)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)i));
            Vector256.Narrow((low * f) >> 8, (high * f) >> 8).StoreUnsafe(ref start, (nuint)i);
        }

        for (; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((bytes[i] * factor) >> 8);
        }
    }

    /// <summary>bytes = min(255, bytes + add), one add value per byte.</summary>
    public static void AddClamped(Span<byte> bytes, ReadOnlySpan<ushort> add)
    {
        var max = Vector256.Create((ushort)255);
        ref var start = ref MemoryMarshal.GetReference(bytes);
        ref var addStart = ref MemoryMarshal.GetReference(add);
        var i = 0;
        for (; i + 32 <= bytes.Length; i += 32)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)i));
            // Saturating ushort sums: add ≤ 255 is guaranteed by clamping it first.
            var addLow = Vector256.Min(Vector256.LoadUnsafe(ref addStart, (nuint)i), max);
            var addHigh = Vector256.Min(Vector256.LoadUnsafe(ref addStart, (nuint)(i + 16)), max);
            Vector256.Narrow(Vector256.Min(low + addLow, max), Vector256.Min(high + addHigh, max)).StoreUnsafe(ref start, (nuint)i);
        }

        for (; i < bytes.Length; i++)
        {
            bytes[i] = (byte)Math.Min(255, bytes[i] + add[i]);
        }
    }

    /// <summary>bytes = clamp(bytes + offset, 0, 255), one signed offset (−255..255) per byte.</summary>
    public static void AddSigned(Span<byte> bytes, ReadOnlySpan<short> offset)
    {
        var zero = Vector256<short>.Zero;
        var max = Vector256.Create((short)255);
        ref var start = ref MemoryMarshal.GetReference(bytes);
        ref var offsetStart = ref MemoryMarshal.GetReference(offset);
        var i = 0;
        for (; i + 32 <= bytes.Length; i += 32)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)i));
            var l = Vector256.Max(Vector256.Min(low.AsInt16() + Vector256.LoadUnsafe(ref offsetStart, (nuint)i), max), zero);
            var h = Vector256.Max(Vector256.Min(high.AsInt16() + Vector256.LoadUnsafe(ref offsetStart, (nuint)(i + 16)), max), zero);
            Vector256.Narrow(l.AsUInt16(), h.AsUInt16()).StoreUnsafe(ref start, (nuint)i);
        }

        for (; i < bytes.Length; i++)
        {
            bytes[i] = (byte)Math.Clamp(bytes[i] + offset[i], 0, 255);
        }
    }
}
