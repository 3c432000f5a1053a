using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace AsciiAssets.Pixels;

/// <summary>
/// A 256-entry table applied to every byte of a span: the tonemap curve and every lookup shader. A lookup is exact
/// whichever way it is done, so each CPU takes its fastest: AVX-512 VBMI permutes 128 entries per instruction,
/// ARM64 looks 64 entries up per instruction, other x86 picks among sixteen 16-entry byte shuffles (32 bytes at a
/// time with AVX2, 16 with SSSE3), and without vectors an unrolled scalar loop without bounds checks does it.
/// </summary>
public static class ByteLookup
{
    public const int TableLength = 256;

    public static void Apply(Span<byte> bytes, ReadOnlySpan<byte> table)
    {
        if (table.Length != TableLength)
        {
            throw new ArgumentException($"A byte lookup table has {TableLength} entries.", nameof(table));
        }

        ref var start = ref MemoryMarshal.GetReference(bytes);
        ref var entries = ref MemoryMarshal.GetReference(table);
        var done = Avx512Vbmi.IsSupported ? Permute64(ref start, bytes.Length, ref entries)
            : AdvSimd.Arm64.IsSupported ? TableLookup16(ref start, bytes.Length, ref entries)
            : Ssse3.IsSupported && Vector.IsHardwareAccelerated && Vector<byte>.Count <= Vector256<byte>.Count ? Shuffle16Way(ref start, bytes.Length, ref entries)
            : 0;
        Scalar(ref start, done, bytes.Length, ref entries);
    }

    /// <summary>64 bytes a step: two two-register byte permutes look up the lower and upper halves; the top bit picks one.</summary>
    private static int Permute64(ref byte bytes, int length, ref byte table)
    {
        var t0 = Vector512.LoadUnsafe(ref table, 0);
        var t1 = Vector512.LoadUnsafe(ref table, 64);
        var t2 = Vector512.LoadUnsafe(ref table, 128);
        var t3 = Vector512.LoadUnsafe(ref table, 192);
        var i = 0;
        for (; i + 64 <= length; i += 64)
        {
            var v = Vector512.LoadUnsafe(ref bytes, (nuint)i);
            var low = Avx512Vbmi.PermuteVar64x8x2(t0, v, t1);
            var high = Avx512Vbmi.PermuteVar64x8x2(t2, v, t3);
            Vector512.ConditionalSelect(Vector512.LessThan(v.AsSByte(), Vector512<sbyte>.Zero).AsByte(), high, low).StoreUnsafe(ref bytes, (nuint)i);
        }

        return i;
    }

    /// <summary>
    /// A vector of bytes a step: table row h (entries 16h .. 16h + 15) is a byte shuffle by the low nibble, kept where
    /// the high nibble is h. Sixteen shuffles, compares and blends, all from registers; the same code is 32 bytes
    /// with AVX2 and 16 with SSSE3.
    /// </summary>
    private static int Shuffle16Way(ref byte bytes, int length, ref byte table)
    {
        var t0 = Row(ref table, 0);
        var t1 = Row(ref table, 1);
        var t2 = Row(ref table, 2);
        var t3 = Row(ref table, 3);
        var t4 = Row(ref table, 4);
        var t5 = Row(ref table, 5);
        var t6 = Row(ref table, 6);
        var t7 = Row(ref table, 7);
        var t8 = Row(ref table, 8);
        var t9 = Row(ref table, 9);
        var t10 = Row(ref table, 10);
        var t11 = Row(ref table, 11);
        var t12 = Row(ref table, 12);
        var t13 = Row(ref table, 13);
        var t14 = Row(ref table, 14);
        var t15 = Row(ref table, 15);
        var nibble = new Vector<byte>(15);
        var i = 0;
        for (; i + Vector<byte>.Count <= length; i += Vector<byte>.Count)
        {
            var v = Vector.LoadUnsafe(ref bytes, (nuint)i);
            var low = v & nibble;
            var high = Vector.AsVectorByte(Vector.ShiftRightLogical(Vector.AsVectorUInt16(v), 4)) & nibble;
            var r = ShuffleInHalves(t0, low);
            r = Pick(r, t1, low, high, 1);
            r = Pick(r, t2, low, high, 2);
            r = Pick(r, t3, low, high, 3);
            r = Pick(r, t4, low, high, 4);
            r = Pick(r, t5, low, high, 5);
            r = Pick(r, t6, low, high, 6);
            r = Pick(r, t7, low, high, 7);
            r = Pick(r, t8, low, high, 8);
            r = Pick(r, t9, low, high, 9);
            r = Pick(r, t10, low, high, 10);
            r = Pick(r, t11, low, high, 11);
            r = Pick(r, t12, low, high, 12);
            r = Pick(r, t13, low, high, 13);
            r = Pick(r, t14, low, high, 14);
            r = Pick(r, t15, low, high, 15);
            r.StoreUnsafe(ref bytes, (nuint)i);
        }

        return i;
    }

    /// <summary>Table row <paramref name="row"/> in every 16 bytes of a vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<byte> Row(ref byte table, int row)
    {
        var entries = Vector128.LoadUnsafe(ref table, (nuint)(16 * row));
        return Vector<byte>.Count == Vector256<byte>.Count ? Vector256.Create(entries, entries).AsVector() : entries.AsVector();
    }

    /// <summary>Each 16 bytes of <paramref name="rows"/> shuffled by the indices (0..15) in the same 16 bytes of <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<byte> ShuffleInHalves(Vector<byte> rows, Vector<byte> index) =>
        Vector<byte>.Count == Vector256<byte>.Count
            ? Avx2.Shuffle(rows.AsVector256(), index.AsVector256()).AsVector()
            : Ssse3.Shuffle(rows.AsVector128(), index.AsVector128()).AsVector();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<byte> Pick(Vector<byte> result, Vector<byte> row, Vector<byte> low, Vector<byte> high, byte h) =>
        Vector.ConditionalSelect(Vector.Equals(high, new Vector<byte>(h)), ShuffleInHalves(row, low), result);

    /// <summary>
    /// 16 bytes a step: a four-register lookup covers 64 entries and leaves out-of-range lanes zero (TBL) or as they
    /// were (TBX), so four of them, with the index lowered by 64 each time, cover the table.
    /// </summary>
    private static int TableLookup16(ref byte bytes, int length, ref byte table)
    {
        var q0 = (Vector128.LoadUnsafe(ref table, 0), Vector128.LoadUnsafe(ref table, 16), Vector128.LoadUnsafe(ref table, 32), Vector128.LoadUnsafe(ref table, 48));
        var q1 = (Vector128.LoadUnsafe(ref table, 64), Vector128.LoadUnsafe(ref table, 80), Vector128.LoadUnsafe(ref table, 96), Vector128.LoadUnsafe(ref table, 112));
        var q2 = (Vector128.LoadUnsafe(ref table, 128), Vector128.LoadUnsafe(ref table, 144), Vector128.LoadUnsafe(ref table, 160), Vector128.LoadUnsafe(ref table, 176));
        var q3 = (Vector128.LoadUnsafe(ref table, 192), Vector128.LoadUnsafe(ref table, 208), Vector128.LoadUnsafe(ref table, 224), Vector128.LoadUnsafe(ref table, 240));
        var quarter = Vector128.Create((byte)64);
        var i = 0;
        for (; i + 16 <= length; i += 16)
        {
            var v = Vector128.LoadUnsafe(ref bytes, (nuint)i);
            var r = AdvSimd.Arm64.VectorTableLookup(q0, v);
            v -= quarter;
            r = AdvSimd.Arm64.VectorTableLookupExtension(r, q1, v);
            v -= quarter;
            r = AdvSimd.Arm64.VectorTableLookupExtension(r, q2, v);
            v -= quarter;
            AdvSimd.Arm64.VectorTableLookupExtension(r, q3, v).StoreUnsafe(ref bytes, (nuint)i);
        }

        return i;
    }

    private static void Scalar(ref byte bytes, int start, int length, ref byte table)
    {
        var i = start;
        for (; i + 8 <= length; i += 8)
        {
            ref var q = ref Unsafe.Add(ref bytes, i);
            q = Unsafe.Add(ref table, q);
            Unsafe.Add(ref q, 1) = Unsafe.Add(ref table, Unsafe.Add(ref q, 1));
            Unsafe.Add(ref q, 2) = Unsafe.Add(ref table, Unsafe.Add(ref q, 2));
            Unsafe.Add(ref q, 3) = Unsafe.Add(ref table, Unsafe.Add(ref q, 3));
            Unsafe.Add(ref q, 4) = Unsafe.Add(ref table, Unsafe.Add(ref q, 4));
            Unsafe.Add(ref q, 5) = Unsafe.Add(ref table, Unsafe.Add(ref q, 5));
            Unsafe.Add(ref q, 6) = Unsafe.Add(ref table, Unsafe.Add(ref q, 6));
            Unsafe.Add(ref q, 7) = Unsafe.Add(ref table, Unsafe.Add(ref q, 7));
        }

        for (; i < length; i++)
        {
            ref var q = ref Unsafe.Add(ref bytes, i);
            q = Unsafe.Add(ref table, q);
        }
    }
}
