using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AsciiAssets.Pixels;

/// <summary>
/// A 3×3 colour matrix plus an offset on every pixel, the core of saturation, hue rotation, colour grades and
/// tints: out[c] = clamp((Σₖ weight[c, k] · in[k] + 256 · offset[c] + 128) &gt;&gt; 8, 0, 255), weights in 1/256.
/// The vector form needs no deinterleaving: channel byte j of the frame is Σ over d = −2..2 of a weight pattern
/// (period three, by channel) times byte j + d, so five shifted loads per vector of 32-bit lanes do it.
/// </summary>
public sealed class ColorMatrix
{
    private readonly int[] _weights = new int[9];
    private readonly int[] _offsets = new int[3];

    // For vector k of a block of three and shift d: at 5k + d + 2, the weight of byte j + d in lane j; then the constant term.
    private readonly Vector<int>[] _taps = new Vector<int>[15];
    private readonly Vector<int>[] _bias = new Vector<int>[3];
    private readonly int[] _pattern = new int[Vector<int>.Count];

    /// <param name="weights">Row-major, in 1/256: weights[3c + k] is what input channel k adds to output channel c.</param>
    /// <param name="offsets">Added to each output channel, in levels.</param>
    public ColorMatrix(ReadOnlySpan<int> weights, ReadOnlySpan<int> offsets) => Set(weights, offsets);

    /// <summary>Replaces the weights and offsets in place, so a shader whose parameters move needs no new matrix per frame.</summary>
    public void Set(ReadOnlySpan<int> weights, ReadOnlySpan<int> offsets)
    {
        if (weights.Length != 9 || offsets.Length != 3)
        {
            throw new ArgumentException("A colour matrix has nine weights and three offsets.");
        }

        // |weight| ≤ 2^15 keeps every sum inside 32 bits: 3 · 255 · 2^15 + 256 · 255 + 128 < 2^31.
        foreach (var w in weights)
        {
            if (Math.Abs(w) > 1 << 15)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), "Weights are at most 128 (2^15 / 256) and offsets at most 255 either way.");
            }
        }

        foreach (var o in offsets)
        {
            if (Math.Abs(o) > 255)
            {
                throw new ArgumentOutOfRangeException(nameof(offsets), "Weights are at most 128 (2^15 / 256) and offsets at most 255 either way.");
            }
        }

        weights.CopyTo(_weights);
        offsets.CopyTo(_offsets);
        var lanes = Vector<int>.Count;
        var pattern = _pattern;
        for (var k = 0; k < 3; k++)
        {
            for (var d = -2; d <= 2; d++)
            {
                for (var l = 0; l < lanes; l++)
                {
                    var channel = (lanes * k + l) % 3;
                    var from = channel + d;
                    pattern[l] = from is >= 0 and < 3 ? _weights[3 * channel + from] : 0;
                }

                _taps[5 * k + d + 2] = new Vector<int>(pattern);
            }

            for (var l = 0; l < lanes; l++)
            {
                pattern[l] = 256 * _offsets[(lanes * k + l) % 3] + 128;
            }

            _bias[k] = new Vector<int>(pattern);
        }
    }

    /// <summary>Applies the matrix to whole pixels (three bytes each) in place.</summary>
    public void Apply(Span<byte> pixels)
    {
        ref var start = ref MemoryMarshal.GetReference(pixels);
        var length = pixels.Length - pixels.Length % 3;
        var done = 0;
        if (Vector.IsHardwareAccelerated && length >= 3)
        {
            // A block reads the two bytes either side of it, so its result is written only once the next block has
            // read them. The write is a whole byte vector, a quarter of it spilling into the next block's bytes, which
            // that block has read already and rewrites later; only the last result is copied exactly. The first pixel
            // is left to the scalar path so that the first block's reads stay inside, and each load ends inside.
            var block = 3 * Vector<int>.Count;
            var i = 3;
            var previous = Vector<byte>.Zero;
            for (; i + block + 2 + Vector<byte>.Count <= length; i += block)
            {
                var current = Block(ref Unsafe.Add(ref start, i));
                if (i > 3)
                {
                    previous.StoreUnsafe(ref start, (nuint)(i - block));
                }

                previous = current;
            }

            if (i > 3)
            {
                Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref start, i - block), ref Unsafe.As<Vector<byte>, byte>(ref previous), (uint)block);
            }

            done = i;
            Scalar(pixels[..3]);
        }

        Scalar(pixels[done..length]);
    }

    /// <summary>Three vectors of output channels from the bytes around them, in the first three quarters of a byte vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector<byte> Block(ref byte block)
    {
        var lanes = Vector<int>.Count;
        var v0 = Channels(ref block, 0);
        var v1 = Channels(ref Unsafe.Add(ref block, lanes), 1);
        var v2 = Channels(ref Unsafe.Add(ref block, 2 * lanes), 2);
        return Vector.Narrow(Vector.Narrow(v0, v1), Vector.Narrow(v2, Vector<uint>.Zero));
    }

    /// <summary>Vector k of a block: the five taps' weighted bytes summed, rounded, clamped to 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector<uint> Channels(ref byte at, int k)
    {
        ref var taps = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_taps), 5 * k);
        var sum = _bias[k]
            + taps * Bytes(ref Unsafe.Add(ref at, -2))
            + Unsafe.Add(ref taps, 1) * Bytes(ref Unsafe.Add(ref at, -1))
            + Unsafe.Add(ref taps, 2) * Bytes(ref at)
            + Unsafe.Add(ref taps, 3) * Bytes(ref Unsafe.Add(ref at, 1))
            + Unsafe.Add(ref taps, 4) * Bytes(ref Unsafe.Add(ref at, 2));
        return Vector.AsVectorUInt32(Vector.Min(Vector.Max(sum >> 8, Vector<int>.Zero), new Vector<int>(255)));
    }

    /// <summary>The first lanes' worth of bytes as 32-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<int> Bytes(ref byte at) => Vector.AsVectorInt32(Vector.WidenLower(Vector.WidenLower(Vector.LoadUnsafe(ref at))));

    private void Scalar(Span<byte> pixels)
    {
        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var o = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref var pixel = ref MemoryMarshal.GetReference(pixels);
        for (var p = 0; p + 3 <= pixels.Length; p += 3)
        {
            int r = pixel, g = Unsafe.Add(ref pixel, 1), b = Unsafe.Add(ref pixel, 2);
            for (var c = 0; c < 3; c++)
            {
                var sum = Unsafe.Add(ref w, 3 * c) * r + Unsafe.Add(ref w, 3 * c + 1) * g + Unsafe.Add(ref w, 3 * c + 2) * b + 256 * Unsafe.Add(ref o, c) + 128;
                Unsafe.Add(ref pixel, c) = (byte)Math.Clamp(sum >> 8, 0, 255);
            }

            pixel = ref Unsafe.Add(ref pixel, 3);
        }
    }
}
