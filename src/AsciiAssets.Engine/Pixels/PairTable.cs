using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AsciiAssets.Pixels;

/// <summary>
/// A function of two channel values tabulated: 256 × 256 bytes, entry (first &lt;&lt; 8) | second. Any per-channel
/// rule, divisions included, then costs one lookup per channel value: with AVX2 eight lanes per gather, elsewhere
/// lane by lane. The array is pinned, so a gather reads it without fixing it per call; three bytes of padding let
/// a gather read four bytes at the last entry.
/// </summary>
public sealed class PairTable
{
    public const int Entries = 256 * 256;

    private readonly byte[] _entries = GC.AllocateArray<byte>(Entries + 3, pinned: true);

    /// <param name="function">The value (0..255) for first and second values 0..255.</param>
    public PairTable(Func<int, int, int> function)
    {
        for (var first = 0; first < 256; first++)
        {
            for (var second = 0; second < 256; second++)
            {
                _entries[(first << 8) | second] = (byte)function(first, second);
            }
        }

        SecondZeroKeepsFirst = Enumerable.Range(0, 256).All(first => this[first, 0] == first);
    }

    /// <summary>The tabulated value.</summary>
    public byte this[int first, int second]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), (first << 8) | second);
    }

    /// <summary>True when the function returns its first value whenever the second is zero.</summary>
    public bool SecondZeroKeepsFirst { get; }

    /// <summary>The tabulated value of each pair of lanes (each 0..255).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe Vector<ushort> Lookup(Vector<ushort> first, Vector<ushort> second)
    {
        var index = (first << 8) | second;
        if (Avx2.IsSupported && Vector<ushort>.Count == Vector256<ushort>.Count)
        {
            var table = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_entries));
            var (low, high) = Vector256.Widen(index.AsVector256());
            var mask = Vector256.Create(0xFF);
            var lowValues = Avx2.GatherVector256(table, low.AsInt32(), 1) & mask;
            var highValues = Avx2.GatherVector256(table, high.AsInt32(), 1) & mask;
            return Vector256.Narrow(lowValues.AsUInt32(), highValues.AsUInt32()).AsVector();
        }

        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        var result = index;
        ref var lanes = ref Unsafe.As<Vector<ushort>, ushort>(ref result);
        for (var i = 0; i < Vector<ushort>.Count; i++)
        {
            ref var lane = ref Unsafe.Add(ref lanes, i);
            lane = Unsafe.Add(ref entries, lane);
        }

        return result;
    }
}
