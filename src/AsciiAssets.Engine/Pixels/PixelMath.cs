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

    /// <summary>values = (values + other + 1) / 2, the average rounded up, as (a | b) − ((a ^ b) &gt;&gt; 1): exact in byte lanes.</summary>
    public static void Average(Span<byte> values, ReadOnlySpan<byte> other)
    {
        ref var a = ref MemoryMarshal.GetReference(values);
        ref var b = ref MemoryMarshal.GetReference(other);
        var length = Math.Min(values.Length, other.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + Vector<byte>.Count <= length; i += Vector<byte>.Count)
            {
                var x = Vector.LoadUnsafe(ref a, (nuint)i);
                var y = Vector.LoadUnsafe(ref b, (nuint)i);
                ((x | y) - Vector.ShiftRightLogical(x ^ y, 1)).StoreUnsafe(ref a, (nuint)i);
            }
        }

        for (; i < length; i++)
        {
            ref var x = ref Unsafe.Add(ref a, i);
            x = (byte)((x + Unsafe.Add(ref b, i) + 1) >> 1);
        }
    }

    /// <summary>wet = (dry · (256 − weight) + wet · weight) / 256, rounded down, weight in 0..256: exact in 16-bit lanes.</summary>
    public static void Mix(ReadOnlySpan<byte> dry, Span<byte> wet, int weight)
    {
        var keep = (ushort)(256 - weight);
        var take = (ushort)weight;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var keepLanes = new Vector<ushort>(keep);
            var takeLanes = new Vector<ushort>(take);
            for (; i <= wet.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Widen(new Vector<byte>(dry[i..]), out var dryLow, out var dryHigh);
                Vector.Widen(new Vector<byte>(wet[i..]), out var wetLow, out var wetHigh);
                var low = Vector.ShiftRightLogical(dryLow * keepLanes + wetLow * takeLanes, 8);
                var high = Vector.ShiftRightLogical(dryHigh * keepLanes + wetHigh * takeLanes, 8);
                Vector.Narrow(low, high).CopyTo(wet[i..]);
            }
        }

        for (; i < wet.Length; i++)
        {
            wet[i] = (byte)((dry[i] * keep + wet[i] * take) >> 8);
        }
    }

    /// <summary>
    /// to = (from · (255 − w) + to · w) / 255 rounded, with a weight per byte (w = 0 keeps <paramref name="from"/>,
    /// 255 keeps <paramref name="to"/>): the sum fits 16-bit lanes and is divided once, exactly.
    /// </summary>
    public static void MixByWeights(ReadOnlySpan<byte> from, Span<byte> to, ReadOnlySpan<byte> weights)
    {
        ref var source = ref MemoryMarshal.GetReference(from);
        ref var target = ref MemoryMarshal.GetReference(to);
        ref var weight = ref MemoryMarshal.GetReference(weights);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var full = new Vector<ushort>(255);
            var half = new Vector<ushort>(128);
            for (; i + Vector<byte>.Count <= to.Length; i += Vector<byte>.Count)
            {
                ChannelLanes.Unpack(Vector.LoadUnsafe(ref source, (nuint)i), out var fromLow, out var fromHigh);
                ChannelLanes.Unpack(Vector.LoadUnsafe(ref target, (nuint)i), out var toLow, out var toHigh);
                ChannelLanes.Unpack(Vector.LoadUnsafe(ref weight, (nuint)i), out var weightLow, out var weightHigh);
                var low = fromLow * (full - weightLow) + toLow * weightLow + half;
                var high = fromHigh * (full - weightHigh) + toHigh * weightHigh + half;
                low = (low + Vector.ShiftRightLogical(low, 8)) >> 8;
                high = (high + Vector.ShiftRightLogical(high, 8)) >> 8;
                ChannelLanes.Pack(low, high).StoreUnsafe(ref target, (nuint)i);
            }
        }

        for (; i < to.Length; i++)
        {
            int w = Unsafe.Add(ref weight, i);
            ref var b = ref Unsafe.Add(ref target, i);
            var t = Unsafe.Add(ref source, i) * (255 - w) + b * w + 128;
            b = (byte)((t + (t >> 8)) >> 8);
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
