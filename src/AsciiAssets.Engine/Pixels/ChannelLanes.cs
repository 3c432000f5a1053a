using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AsciiAssets.Pixels;

/// <summary>
/// Arithmetic on channel values (0..255) held in the 16-bit lanes of a <see cref="Vector{T}"/>, which is as wide as
/// the CPU's vectors (32 bytes with AVX2, 16 with SSE or ARM64 NEON): code written with these runs at full width
/// everywhere without naming an instruction set. Each function has a scalar twin with the same result.
/// </summary>
public static class ChannelLanes
{
    /// <summary>Two vectors of 16-bit lanes per store: the bytes of one <see cref="Vector{T}"/> of bytes.</summary>
    public static int BytesPerStep => Vector<byte>.Count;

    /// <summary>
    /// a·b/255 rounded, exact for 0..255 inputs: with t = a·b + 128, (t + (t &gt;&gt; 8)) &gt;&gt; 8, which equals
    /// t·257 &gt;&gt; 16 for every such t (checked for all 65 536 pairs), one high multiply where x86 has one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<ushort> MultiplyDiv255(Vector<ushort> a, Vector<ushort> b)
    {
        var t = a * b + new Vector<ushort>(128);
        if (Avx2.IsSupported && Vector<ushort>.Count == Vector256<ushort>.Count)
        {
            return Avx2.MultiplyHigh(t.AsVector256(), Vector256.Create((ushort)257)).AsVector();
        }

        if (Sse2.IsSupported && Vector<ushort>.Count == Vector128<ushort>.Count)
        {
            return Sse2.MultiplyHigh(t.AsVector128(), Vector128.Create((ushort)257)).AsVector();
        }

        return (t + Vector.ShiftRightLogical(t, 8)) >> 8;
    }

    /// <inheritdoc cref="MultiplyDiv255(Vector{ushort}, Vector{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int MultiplyDiv255(int a, int b)
    {
        var t = a * b + 128;
        return (t + (t >> 8)) >> 8;
    }

    /// <summary>
    /// Bytes to 16-bit lanes in the order the CPU makes cheapest (with AVX2, within each 128-bit half), undone by
    /// <see cref="Pack"/>. Every vector unpacked this way has its lanes in the same order, so lane-wise arithmetic
    /// between them, packed back, gives what widening and narrowing in order would.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unpack(Vector<byte> bytes, out Vector<ushort> low, out Vector<ushort> high)
    {
        if (Avx2.IsSupported && Vector<byte>.Count == Vector256<byte>.Count)
        {
            var v = bytes.AsVector256();
            low = Avx2.UnpackLow(v, Vector256<byte>.Zero).AsUInt16().AsVector();
            high = Avx2.UnpackHigh(v, Vector256<byte>.Zero).AsUInt16().AsVector();
            return;
        }

        Vector.Widen(bytes, out low, out high);
    }

    /// <summary>The inverse of <see cref="Unpack"/> for lanes holding 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<byte> Pack(Vector<ushort> low, Vector<ushort> high)
    {
        if (Avx2.IsSupported && Vector<byte>.Count == Vector256<byte>.Count)
        {
            return Avx2.PackUnsignedSaturate(low.AsVector256().AsInt16(), high.AsVector256().AsInt16()).AsVector();
        }

        return Vector.Narrow(low, high);
    }

    /// <summary>Opacity as a weight in 1/256 units (0..256).</summary>
    public static ushort Weight(float opacity) => (ushort)Math.Clamp((int)MathF.Round(opacity * 256), 0, 256);

    /// <summary>(below · (256 − weight) + blended · weight + 128) / 256: with weight 256 it is the blended value itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<ushort> Mix(Vector<ushort> below, Vector<ushort> blended, Vector<ushort> weight, Vector<ushort> inverse) =>
        (below * inverse + blended * weight + new Vector<ushort>(128)) >> 8;

    /// <inheritdoc cref="Mix(Vector{ushort}, Vector{ushort}, Vector{ushort}, Vector{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Mix(int below, int blended, int weight) => (below * (256 - weight) + blended * weight + 128) >> 8;
}
