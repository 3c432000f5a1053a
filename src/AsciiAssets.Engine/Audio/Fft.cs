using AsciiAssets.Numerics;

namespace AsciiAssets.Audio;

/// <summary>
/// In-place iterative radix-2 complex FFT of one fixed size. Twiddles come from <see cref="DetMath"/> and the
/// butterflies are plain scalar float operations in a fixed order, so every machine gets the same bits.
/// </summary>
internal sealed class Fft
{
    private readonly int[] _reversed;
    private readonly float[] _cos;
    private readonly float[] _sin;

    public Fft(int size)
    {
        if (size < 2 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The FFT size must be a power of two.");
        }

        Size = size;
        var bits = System.Numerics.BitOperations.Log2((uint)size);
        _reversed = new int[size];
        for (var i = 0; i < size; i++)
        {
            var r = 0;
            for (var b = 0; b < bits; b++)
            {
                r |= ((i >> b) & 1) << (bits - 1 - b);
            }

            _reversed[i] = r;
        }

        // e^(−2πik/N) for k < N/2; every stage reads them with a stride.
        _cos = new float[size / 2];
        _sin = new float[size / 2];
        for (var k = 0; k < size / 2; k++)
        {
            var angle = -DetMath.TwoPi * k / size;
            _cos[k] = DetMath.Cos(angle);
            _sin[k] = DetMath.Sin(angle);
        }
    }

    public int Size { get; }

    /// <summary>Transforms (re, im) in place: X[k] = Σ x[n] e^(−2πikn/N).</summary>
    public void Forward(Span<float> re, Span<float> im)
    {
        var n = Size;
        if (re.Length != n || im.Length != n)
        {
            throw new ArgumentException($"Both spans must hold {n} values.");
        }

        for (var i = 0; i < n; i++)
        {
            var j = _reversed[i];
            if (j > i)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var half = length >> 1;
            var stride = n / length;
            for (var start = 0; start < n; start += length)
            {
                for (var k = 0; k < half; k++)
                {
                    var wr = _cos[k * stride];
                    var wi = _sin[k * stride];
                    var a = start + k;
                    var b = a + half;
                    var tr = re[b] * wr - im[b] * wi;
                    var ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
