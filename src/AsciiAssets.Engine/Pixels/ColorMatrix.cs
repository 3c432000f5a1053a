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
    private readonly int[] _weights;
    private readonly int[] _offsets;

    // Per shift d + 2 and vector k of a block of three: the weight of byte j + d in lane j; then the constant term.
    private readonly Vector<int>[,] _taps = new Vector<int>[5, 3];
    private readonly Vector<int>[] _bias = new Vector<int>[3];

    /// <param name="weights">Row-major, in 1/256: weights[3c + k] is what input channel k adds to output channel c.</param>
    /// <param name="offsets">Added to each output channel, in levels.</param>
    public ColorMatrix(ReadOnlySpan<int> weights, ReadOnlySpan<int> offsets)
    {
        if (weights.Length != 9 || offsets.Length != 3)
        {
            throw new ArgumentException("A colour matrix has nine weights and three offsets.");
        }

        // |weight| ≤ 2^15 keeps every sum inside 32 bits: 3 · 255 · 2^15 + 256 · 255 + 128 < 2^31.
        if (weights.ToArray().Any(w => Math.Abs(w) > 1 << 15) || offsets.ToArray().Any(o => Math.Abs(o) > 255))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "Weights are at most 128 (2^15 / 256) and offsets at most 255 either way.");
        }

        _weights = weights.ToArray();
        _offsets = offsets.ToArray();
        var lanes = Vector<int>.Count;
        var pattern = new int[lanes];
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

                _taps[d + 2, k] = new Vector<int>(pattern);
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
            // read them; the first pixel is left to the scalar path so that the first block's reads stay inside, and
            // each load must end inside too (only its first lanes are used).
            var block = (uint)(3 * Vector<int>.Count);
            var i = 3;
            var previous = Vector<byte>.Zero;
            for (; i + block + 2 + Vector<byte>.Count <= length; i += (int)block)
            {
                var current = Block(ref Unsafe.Add(ref start, i));
                if (i > 3)
                {
                    Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref start, i - (int)block), ref Unsafe.As<Vector<byte>, byte>(ref previous), block);
                }

                previous = current;
            }

            if (i > 3)
            {
                Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref start, i - (int)block), ref Unsafe.As<Vector<byte>, byte>(ref previous), block);
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
        var sum = _bias[k]
            + _taps[0, k] * Bytes(ref Unsafe.Add(ref at, -2))
            + _taps[1, k] * Bytes(ref Unsafe.Add(ref at, -1))
            + _taps[2, k] * Bytes(ref at)
            + _taps[3, k] * Bytes(ref Unsafe.Add(ref at, 1))
            + _taps[4, k] * Bytes(ref Unsafe.Add(ref at, 2));
        return Vector.AsVectorUInt32(Vector.Min(Vector.Max(sum >> 8, Vector<int>.Zero), new Vector<int>(255)));
    }

    /// <summary>The first lanes' worth of bytes as 32-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<int> Bytes(ref byte at)
    {
        Vector.Widen(Vector.LoadUnsafe(ref at), out var low, out _);
        Vector.Widen(low, out var first, out _);
        return Vector.AsVectorInt32(first);
    }

    private void Scalar(Span<byte> pixels)
    {
        var w = _weights;
        for (var p = 0; p + 3 <= pixels.Length; p += 3)
        {
            int r = pixels[p], g = pixels[p + 1], b = pixels[p + 2];
            for (var c = 0; c < 3; c++)
            {
                var sum = w[3 * c] * r + w[3 * c + 1] * g + w[3 * c + 2] * b + 256 * _offsets[c] + 128;
                pixels[p + c] = (byte)Math.Clamp(sum >> 8, 0, 255);
            }
        }
    }
}
