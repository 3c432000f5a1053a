using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AsciiAssets.Pixels;

/// <summary>
/// A fixed geometric transform of a frame: for each pixel, the pixel it takes its value from, or black where that
/// falls outside the frame. Built once per size and parameters and shared read-only by every worker.
/// </summary>
public sealed class PixelRemap
{
    // Byte offset of each pixel's source pixel, or −1 for black.
    private readonly int[] _sources;

    /// <param name="source">For a pixel (x, y), the pixel it shows; anything outside the frame gives black.</param>
    public PixelRemap(int width, int height, Func<int, int, (int X, int Y)> source)
    {
        _sources = new int[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (sx, sy) = source(x, y);
                _sources[y * width + x] = sx < 0 || sy < 0 || sx >= width || sy >= height ? -1 : (sy * width + sx) * 3;
            }
        }
    }

    /// <summary>Writes the transformed <paramref name="source"/> into <paramref name="destination"/> (another buffer of the same size).</summary>
    public void Apply(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.Length < _sources.Length * 3 || destination.Length < _sources.Length * 3)
        {
            throw new ArgumentException("The source and destination must be frames of the remap's size.");
        }

        var pixels = _sources.Length;
        var p = Avx2.IsSupported ? GatherBlocks(source, destination) : 0;
        for (; p < pixels; p++)
        {
            CopyPixel(source, destination, p);
        }
    }

    /// <summary>
    /// Eight pixels per step: one masked gather of four bytes at each source (black lanes read nothing), the three
    /// colour bytes of each packed into 24 and stored with a 32-byte write that the next step overwrites. A block
    /// whose gather would read past the source's end (a source in its last pixel) is copied pixel by pixel.
    /// Returns the pixels done; the rest, fewer than the 11 a full store needs, are left to the caller.
    /// </summary>
    private unsafe int GatherBlocks(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        // Per 128-bit half: bytes 0..2, 4..6, 8..10, 12..14 to 0..11; the last four are zeroed (index with the top bit set).
        var pack = Vector256.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 128, 128, 128, 128, 0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 128, 128, 128, 128);
        // Joins the two 12-byte halves: dwords 0, 1, 2 of the low half, then 4, 5, 6 of the high half.
        var join = Vector256.Create(0, 1, 2, 4, 5, 6, 3, 7);
        var lastRead = Vector256.Create(source.Length - 4);
        ref var sources = ref MemoryMarshal.GetArrayDataReference(_sources);
        ref var output = ref MemoryMarshal.GetReference(destination);
        var p = 0;
        fixed (byte* input = source)
        {
            for (; p + 11 <= _sources.Length; p += 8)
            {
                var from = Vector256.LoadUnsafe(ref sources, (nuint)p);
                if (Vector256.GreaterThanAny(from, lastRead))
                {
                    for (var q = p; q < p + 8; q++)
                    {
                        CopyPixel(source, destination, q);
                    }

                    continue;
                }

                var inside = Vector256.GreaterThanOrEqual(from, Vector256<int>.Zero);
                var gathered = Avx2.GatherMaskVector256(Vector256<int>.Zero, (int*)input, from, inside, 1);
                var packed = Avx2.PermuteVar8x32(Avx2.Shuffle(gathered.AsByte(), pack).AsInt32(), join);
                packed.AsByte().StoreUnsafe(ref output, (nuint)(p * 3));
            }
        }

        return p;
    }

    /// <summary>One pixel: two bytes and one, read and written without bounds checks (the sources were checked when built).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CopyPixel(ReadOnlySpan<byte> source, Span<byte> destination, int p)
    {
        var from = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sources), p);
        ref var to = ref Unsafe.Add(ref MemoryMarshal.GetReference(destination), p * 3);
        if (from < 0)
        {
            Unsafe.WriteUnaligned<ushort>(ref to, 0);
            Unsafe.Add(ref to, 2) = 0;
        }
        else
        {
            ref var pixel = ref Unsafe.Add(ref MemoryMarshal.GetReference(source), from);
            Unsafe.WriteUnaligned(ref to, Unsafe.ReadUnaligned<ushort>(ref pixel));
            Unsafe.Add(ref to, 2) = Unsafe.Add(ref pixel, 2);
        }
    }
}
