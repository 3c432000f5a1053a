using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace AsciiAssets.Pixels;

/// <summary>
/// Fixed rearrangements of the bytes of a <see cref="Vector{T}"/>: a per-pixel value spread to the pixel's three
/// channel bytes, a per-block value to the block's six, upsampling taps picked from a row. A shader states which
/// source byte each output byte takes; the indices are built for the running vector width, and the shuffle is the
/// CPU's own byte shuffle (AVX2's across both halves, SSSE3's, ARM64's table lookup).
/// </summary>
public static class LaneShuffle
{
    /// <summary>
    /// Index vectors for <paramref name="vectors"/> consecutive output vectors: byte l of vector k takes source byte
    /// <paramref name="source"/>(Count · k + l), which must lie in 0 .. Count − 1.
    /// </summary>
    public static Vector<byte>[] Bytes(int vectors, Func<int, int> source)
    {
        var count = Vector<byte>.Count;
        var indices = new Vector<byte>[vectors];
        var lanes = new byte[count];
        for (var k = 0; k < vectors; k++)
        {
            for (var l = 0; l < count; l++)
            {
                var from = source(count * k + l);
                if (from < 0 || from >= count)
                {
                    throw new ArgumentOutOfRangeException(nameof(source), $"Output byte {count * k + l} takes byte {from}, outside a {count}-byte vector.");
                }

                lanes[l] = (byte)from;
            }

            indices[k] = new Vector<byte>(lanes);
        }

        return indices;
    }

    /// <summary>
    /// The same for 16-bit lanes, as byte indices for <see cref="Apply"/> on the vector reinterpreted as bytes:
    /// lane l of vector k takes source lane <paramref name="source"/>(Count · k + l), Count being the lanes of a
    /// <see cref="Vector{T}"/> of ushort.
    /// </summary>
    public static Vector<byte>[] Words(int vectors, Func<int, int> source)
    {
        var words = Vector<ushort>.Count;
        return Bytes(vectors, b => 2 * source(words * (b / Vector<byte>.Count) + b % Vector<byte>.Count / 2) + b % 2);
    }

    /// <summary>Byte l of the result is byte indices[l] of <paramref name="source"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<byte> Apply(Vector<byte> source, Vector<byte> indices)
    {
        if (Vector<byte>.Count == Vector256<byte>.Count)
        {
            return Vector256.Shuffle(source.AsVector256(), indices.AsVector256()).AsVector();
        }

        if (Vector<byte>.Count == Vector128<byte>.Count)
        {
            // Every index is in range, so the instructions' handling of other indices never matters.
            var v = source.AsVector128();
            var i = indices.AsVector128();
            return (Ssse3.IsSupported ? Ssse3.Shuffle(v, i)
                : AdvSimd.Arm64.IsSupported ? AdvSimd.Arm64.VectorTableLookup(v, i)
                : Vector128.Shuffle(v, i)).AsVector();
        }

        return Vector512.Shuffle(source.AsVector512(), indices.AsVector512()).AsVector();
    }
}
