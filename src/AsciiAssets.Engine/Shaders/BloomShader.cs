using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("bloom", "Glow around bright characters: bright pass, 4x downsample, three 3x3 box blurs, bilinear upsample added back.")]
public sealed record BloomShader(
    [Doc("Channel values above this glow (0..255).")][Range(0, 255)][NotBindable("the bright-pass table is computed once; bind 'mix' to fade the shader instead")] float Threshold = 130f,
    [Doc("How strongly the glow is added.")][Range(0, 4)] float Strength = 1f) : ShaderParameters
{
    public override ShaderLevel MinimumLevel => ShaderLevel.Standard;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup.Width, setup.Height);

    /// <summary>
    /// All buffers are made here. The quarter-resolution glow is blurred in floats, then scaled by the strength to
    /// whole levels (at most 4·255, so every fixed-point step below fits 16 bits) and upsampled with weights in
    /// eighths, which are exact for a 4x scale. Every step is vectorised without changing a single result: the
    /// float sums run in the same order as the scalar definition, and the integer steps are exact.
    /// The frame is swept once: each block row's bright pass feeds a pipeline of the six blur passes that keeps
    /// three rows per pass, and each output row is upsampled as soon as its glow rows are final, while the pixels
    /// just read are still in cache. The bright pass is a few rows ahead of the rows being brightened, so it
    /// always reads the original pixels.
    /// </summary>
    private sealed class Executor : IStreamingShader
    {
        private const int Factor = 4;
        private const int Passes = 3;

        // Lanes of zeros past the end of each scratch row, so whole-vector loads never leave it.
        private const int Slack = 48;

        private readonly int _width;
        private readonly int _height;
        private readonly int _qw;
        private readonly int _qh;
        private readonly int _qStride;

        // Channel values at or above this are bright (the smallest whole value above the threshold); 256: none.
        private readonly int _bright;
        private readonly BloomShader _p;

        // The frame's strength, read once per frame since it may move.
        private float _strength;

        private readonly ushort[] _columnSums;
        private readonly ushort[] _blockSums;
        private readonly ushort[] _packed;
        private readonly float[] _means;

        // Per blur pass: the horizontal sums of the last three rows (row y in slot y mod 3), and the vertical result.
        private readonly float[][] _sums = new float[Passes][];
        private readonly float[][] _blurred = new float[Passes][];

        // Glow rows with the edge quarter pixel repeated once on each side, which is the clamping of the
        // upsampling taps; row r starts at r · _glowStride.
        private readonly ushort[] _glow;
        private readonly int _glowStride;
        private readonly bool[] _rowLit;
        private int _glowRows;

        // Vertical upsampling table: for each full-resolution y, the two quarter rows and the weight of the second (0..8).
        private readonly int[] _y0;
        private readonly int[] _y1;
        private readonly ushort[] _wy;
        private readonly ushort[][] _rows = new ushort[2][];
        private readonly int[] _rowOf = { -1, -1 };

        public Executor(BloomShader p, int width, int height)
        {
            _width = width;
            _height = height;
            _qw = (width + Factor - 1) / Factor;
            _qh = (height + Factor - 1) / Factor;
            _qStride = _qw * 3;
            _p = p;
            _bright = 256;
            for (var v = 255; v >= 0 && v > p.Threshold; v--)
            {
                _bright = v;
            }

            var stride = width * 3;
            _columnSums = new ushort[stride + Slack];
            _blockSums = new ushort[stride + Slack];
            _packed = new ushort[_qStride + Slack];
            _means = new float[_qStride];
            for (var pass = 0; pass < Passes; pass++)
            {
                _sums[pass] = new float[3 * _qStride];
                _blurred[pass] = new float[_qStride];
            }

            _glowStride = (_qw + 2) * 3 + Slack;
            _glow = new ushort[_glowStride * _qh];
            _rowLit = new bool[_qh];
            (_y0, _y1, _wy) = Table(height, _qh);
            var blocks = (width + 15) / 16;
            _rows[0] = new ushort[blocks * 48];
            _rows[1] = new ushort[blocks * 48];
        }

        /// <summary>Sample position (i + 0.5) / 4 − 0.5 = (2i − 3) / 8 quarter pixels, clamped at the edges.</summary>
        private static (int[] First, int[] Second, ushort[] Weight) Table(int size, int quarter)
        {
            var first = new int[size];
            var second = new int[size];
            var weight = new ushort[size];
            for (var i = 0; i < size; i++)
            {
                var eighths = 2 * i - 3;
                var q = eighths >> 3; // floor division by 8
                first[i] = Math.Clamp(q, 0, quarter - 1);
                second[i] = Math.Clamp(q + 1, 0, quarter - 1);
                weight[i] = (ushort)(eighths - (q << 3));
            }

            return (first, second, weight);
        }

        public void Apply(FrameBuffer frame, in FrameTime time) => Apply(frame, time, null);

        public void Apply(FrameBuffer frame, in FrameTime time, RowStream? rows)
        {
            // Nothing bright, or a strength that rounds every glow level to zero or below: the frame is unchanged.
            _strength = _p.Strength;
            if (_bright > 255 || !(_strength > 0))
            {
                return;
            }

            _rowOf[0] = _rowOf[1] = -1;
            _glowRows = 0;
            var next = 0;
            for (var qy = 0; qy < _qh; qy++)
            {
                BrightRow(frame, qy);
                Push(0, qy, _means);
                for (; next < _height && _y1[next] < _glowRows; next++)
                {
                    UpsampleRow(frame, next);
                }

                rows?.Finished(next);
            }
        }

        /// <summary>Block row qy of the means over 4x4 blocks of the channel values above the threshold.</summary>
        private void BrightRow(FrameBuffer frame, int qy)
        {
            var stride = _width * 3;
            var bright = Vector256.Create((byte)_bright);
            ref var columns = ref MemoryMarshal.GetArrayDataReference(_columnSums);
            ref var blocks = ref MemoryMarshal.GetArrayDataReference(_blockSums);
            ref var packed = ref MemoryMarshal.GetArrayDataReference(_packed);
            var y0 = qy * Factor;
            var rows = Math.Min(Factor, _height - y0);
            ref var top = ref Unsafe.Add(ref MemoryMarshal.GetReference(frame.Pixels), y0 * stride);

            // Column sums of the bright values over the block's rows, 16-bit lanes.
            var i = 0;
            if (rows == Factor)
            {
                ref var r1 = ref Unsafe.Add(ref top, stride);
                ref var r2 = ref Unsafe.Add(ref top, 2 * stride);
                ref var r3 = ref Unsafe.Add(ref top, 3 * stride);
                if (Vector512.IsHardwareAccelerated)
                {
                    // The same lane arithmetic as below, 64 bytes a step.
                    var bright512 = Vector512.Create((byte)_bright);
                    for (; i + 64 <= stride; i += 64)
                    {
                        var (l0, h0) = Vector512.Widen(Bright(Vector512.LoadUnsafe(ref top, (nuint)i), bright512));
                        var (l1, h1) = Vector512.Widen(Bright(Vector512.LoadUnsafe(ref r1, (nuint)i), bright512));
                        var (l2, h2) = Vector512.Widen(Bright(Vector512.LoadUnsafe(ref r2, (nuint)i), bright512));
                        var (l3, h3) = Vector512.Widen(Bright(Vector512.LoadUnsafe(ref r3, (nuint)i), bright512));
                        (l0 + l1 + (l2 + l3)).StoreUnsafe(ref columns, (nuint)i);
                        (h0 + h1 + (h2 + h3)).StoreUnsafe(ref columns, (nuint)(i + 32));
                    }
                }

                for (; i + 32 <= stride; i += 32)
                {
                    var (l0, h0) = Vector256.Widen(Bright(Vector256.LoadUnsafe(ref top, (nuint)i), bright));
                    var (l1, h1) = Vector256.Widen(Bright(Vector256.LoadUnsafe(ref r1, (nuint)i), bright));
                    var (l2, h2) = Vector256.Widen(Bright(Vector256.LoadUnsafe(ref r2, (nuint)i), bright));
                    var (l3, h3) = Vector256.Widen(Bright(Vector256.LoadUnsafe(ref r3, (nuint)i), bright));
                    (l0 + l1 + (l2 + l3)).StoreUnsafe(ref columns, (nuint)i);
                    (h0 + h1 + (h2 + h3)).StoreUnsafe(ref columns, (nuint)(i + 16));
                }
            }
            else
            {
                for (; i + 32 <= stride; i += 32)
                {
                    var low = Vector256<ushort>.Zero;
                    var high = Vector256<ushort>.Zero;
                    for (var r = 0; r < rows; r++)
                    {
                        var (l, h) = Vector256.Widen(Bright(Vector256.LoadUnsafe(ref top, (nuint)(r * stride + i)), bright));
                        low += l;
                        high += h;
                    }

                    low.StoreUnsafe(ref columns, (nuint)i);
                    high.StoreUnsafe(ref columns, (nuint)(i + 16));
                }
            }

            for (; i < stride; i++)
            {
                var sum = 0;
                for (var r = 0; r < rows; r++)
                {
                    var v = Unsafe.Add(ref top, r * stride + i);
                    sum += v >= _bright ? v : 0;
                }

                Unsafe.Add(ref columns, i) = (ushort)sum;
            }

            // Sums of four pixels: lane 12·qx + c holds block qx's channel c (lanes past the row are zero).
            i = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; i + 32 <= stride; i += 32)
                {
                    var sum = Vector512.LoadUnsafe(ref columns, (nuint)i) + Vector512.LoadUnsafe(ref columns, (nuint)(i + 3))
                        + Vector512.LoadUnsafe(ref columns, (nuint)(i + 6)) + Vector512.LoadUnsafe(ref columns, (nuint)(i + 9));
                    sum.StoreUnsafe(ref blocks, (nuint)i);
                }
            }

            for (; i < stride; i += 16)
            {
                var sum = Vector256.LoadUnsafe(ref columns, (nuint)i) + Vector256.LoadUnsafe(ref columns, (nuint)(i + 3))
                    + Vector256.LoadUnsafe(ref columns, (nuint)(i + 6)) + Vector256.LoadUnsafe(ref columns, (nuint)(i + 9));
                sum.StoreUnsafe(ref blocks, (nuint)i);
            }

            // Pack the three lanes of each block: overlapping 4-lane copies, each overwriting the last one's spare lane.
            for (var qx = 0; qx < _qw; qx++)
            {
                Unsafe.WriteUnaligned(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref packed, qx * 3)), Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref blocks, qx * 12))));
            }

            var inverse = 1f / (rows * Factor);
            var inverseVector = Vector256.Create(inverse);
            ref var means = ref MemoryMarshal.GetArrayDataReference(_means);
            var end = _width / Factor * 3;
            var j = 0;
            for (; j + 16 <= end; j += 16)
            {
                var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref packed, (nuint)j));
                (Vector256.ConvertToSingle(l.AsInt32()) * inverseVector).StoreUnsafe(ref means, (nuint)j);
                (Vector256.ConvertToSingle(h.AsInt32()) * inverseVector).StoreUnsafe(ref means, (nuint)(j + 8));
            }

            for (; j < end; j++)
            {
                Unsafe.Add(ref means, j) = Unsafe.Add(ref packed, j) * inverse;
            }

            if (j < _qStride)
            {
                var edgeInverse = 1f / (rows * (_width - _width / Factor * Factor));
                for (; j < _qStride; j++)
                {
                    Unsafe.Add(ref means, j) = Unsafe.Add(ref packed, j) * edgeInverse;
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<byte> Bright(Vector512<byte> v, Vector512<byte> bright) => v & Vector512.GreaterThanOrEqual(v, bright);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<byte> Bright(Vector256<byte> v, Vector256<byte> bright) => v & Vector256.GreaterThanOrEqual(v, bright);

        /// <summary>Row y enters blur pass `pass`: its horizontal sums are kept, and the vertical result of the row above is final.</summary>
        private void Push(int pass, int y, float[] row)
        {
            BlurHorizontal(row, _sums[pass].AsSpan(y % 3 * _qStride, _qStride));
            if (y >= 1)
            {
                Emit(pass, y - 1);
            }

            if (y == _qh - 1)
            {
                Emit(pass, y);
            }
        }

        private void Emit(int pass, int y)
        {
            var sums = _sums[pass];
            var up = y > 0 ? y - 1 : y;
            var down = y + 1 < _qh ? y + 1 : y;
            var blurred = _blurred[pass];
            BlurVertical(sums.AsSpan(up % 3 * _qStride, _qStride), sums.AsSpan(y % 3 * _qStride, _qStride), sums.AsSpan(down % 3 * _qStride, _qStride), blurred);
            if (pass + 1 < Passes)
            {
                Push(pass + 1, y, blurred);
            }
            else
            {
                ToGlow(blurred, y);
                _glowRows = y + 1;
            }
        }

        /// <summary>Three-tap box along a row, edges repeated. Sums are divided once, in the vertical pass.</summary>
        private static void BlurHorizontal(float[] source, Span<float> target)
        {
            var stride = source.Length;
            ref var s = ref MemoryMarshal.GetArrayDataReference(source);
            ref var t = ref MemoryMarshal.GetReference(target);
            var x = 0;
            for (; x < 3 && x < stride; x++)
            {
                Tap(ref s, ref t, x, stride);
            }

            for (; x + 8 <= stride - 3; x += 8)
            {
                var o = (nuint)x;
                var sum = Vector256.LoadUnsafe(ref s, o - 3) + Vector256.LoadUnsafe(ref s, o) + Vector256.LoadUnsafe(ref s, o + 3);
                sum.StoreUnsafe(ref t, o);
            }

            for (; x < stride; x++)
            {
                Tap(ref s, ref t, x, stride);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Tap(ref float source, ref float target, int x, int stride)
        {
            var left = x >= 3 ? x - 3 : x;
            var right = x + 3 < stride ? x + 3 : x;
            Unsafe.Add(ref target, x) = Unsafe.Add(ref source, left) + Unsafe.Add(ref source, x) + Unsafe.Add(ref source, right);
        }

        private static void BlurVertical(ReadOnlySpan<float> above, ReadOnlySpan<float> here, ReadOnlySpan<float> below, float[] target)
        {
            const float Ninth = 1f / 9f;
            var ninth = Vector256.Create(Ninth);
            ref var a = ref MemoryMarshal.GetReference(above);
            ref var b = ref MemoryMarshal.GetReference(here);
            ref var c = ref MemoryMarshal.GetReference(below);
            ref var r = ref MemoryMarshal.GetArrayDataReference(target);
            var stride = target.Length;
            var x = 0;
            for (; x + 8 <= stride; x += 8)
            {
                var sum = Vector256.LoadUnsafe(ref a, (nuint)x) + Vector256.LoadUnsafe(ref b, (nuint)x) + Vector256.LoadUnsafe(ref c, (nuint)x);
                (sum * ninth).StoreUnsafe(ref r, (nuint)x);
            }

            for (; x < stride; x++)
            {
                Unsafe.Add(ref r, x) = (Unsafe.Add(ref a, x) + Unsafe.Add(ref b, x) + Unsafe.Add(ref c, x)) * Ninth;
            }
        }

        /// <summary>Glow levels round(blur · strength), capped at 4·255, into padded glow row y; notes whether any is lit.</summary>
        private void ToGlow(float[] blurred, int y)
        {
            var stride = _qStride;
            var strength = Vector256.Create(_strength);
            var half = Vector256.Create(0.5f);
            var cap = Vector256.Create(4 * 255);
            ref var from = ref MemoryMarshal.GetArrayDataReference(blurred);
            ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_glow), y * _glowStride + 3);
            var lit = Vector256<int>.Zero;
            var x = 0;
            for (; x + 16 <= stride; x += 16)
            {
                var g0 = Vector256.ConvertToInt32(Vector256.LoadUnsafe(ref from, (nuint)x) * strength + half);
                var g1 = Vector256.ConvertToInt32(Vector256.LoadUnsafe(ref from, (nuint)(x + 8)) * strength + half);
                lit |= g0 | g1;
                Vector256.Narrow(Vector256.Min(g0, cap).AsUInt32(), Vector256.Min(g1, cap).AsUInt32()).StoreUnsafe(ref row, (nuint)x);
            }

            var rowLit = lit != Vector256<int>.Zero;
            for (; x < stride; x++)
            {
                var g = (int)(Unsafe.Add(ref from, x) * _strength + 0.5f);
                Unsafe.Add(ref row, x) = (ushort)Math.Min(g, 4 * 255);
                rowLit |= g != 0;
            }

            // The repeated edge pixels.
            for (var c = 0; c < 3; c++)
            {
                Unsafe.Add(ref row, c - 3) = Unsafe.Add(ref row, c);
                Unsafe.Add(ref row, stride + c) = Unsafe.Add(ref row, stride - 3 + c);
            }

            _rowLit[y] = rowLit;
        }

        /// <summary>A quarter row upsampled along x, in eighths; two rows are kept since output rows move forward.</summary>
        private ushort[] Row(int quarterRow)
        {
            for (var k = 0; k < 2; k++)
            {
                if (_rowOf[k] == quarterRow)
                {
                    return _rows[k];
                }
            }

            // Replace the row that is further behind.
            var slot = _rowOf[0] < _rowOf[1] ? 0 : 1;
            var row = _rows[slot];
            Expand(_glow.AsSpan(quarterRow * _glowStride), row);
            _rowOf[slot] = quarterRow;
            return row;
        }

        /// <summary>
        /// Output pixel i blends quarter pixels j = ⌊(2i − 3) / 8⌋ and j + 1 with weights 8 − w and w, w = (2i − 3) mod 8.
        /// Sixteen output pixels (48 lanes) take their taps from five quarter pixels, gathered by fixed shuffles.
        /// </summary>
        private static void Expand(ReadOnlySpan<ushort> padded, ushort[] row)
        {
            ref var source = ref MemoryMarshal.GetReference(padded);
            ref var target = ref MemoryMarshal.GetArrayDataReference(row);
            var index0 = Expansion.Index[0];
            var index1 = Expansion.Index[1];
            var index2 = Expansion.Index[2];
            var first0 = Expansion.First[0];
            var first1 = Expansion.First[1];
            var first2 = Expansion.First[2];
            var second0 = Expansion.Second[0];
            var second1 = Expansion.Second[1];
            var second2 = Expansion.Second[2];
            for (var o = 0; o < row.Length; o += 48)
            {
                // Padded lane 12n is quarter pixel 4n − 1; the second taps are one quarter pixel further.
                var near = Vector256.LoadUnsafe(ref source, (nuint)(o / 4));
                var far = Vector256.LoadUnsafe(ref source, (nuint)(o / 4 + 3));
                (Vector256.Shuffle(near, index0) * first0 + Vector256.Shuffle(far, index0) * second0).StoreUnsafe(ref target, (nuint)o);
                (Vector256.Shuffle(near, index1) * first1 + Vector256.Shuffle(far, index1) * second1).StoreUnsafe(ref target, (nuint)(o + 16));
                (Vector256.Shuffle(near, index2) * first2 + Vector256.Shuffle(far, index2) * second2).StoreUnsafe(ref target, (nuint)(o + 32));
            }
        }

        /// <summary>Adds the upsampled glow to output row y (a row whose two glow rows are both unlit is left as it is).</summary>
        private void UpsampleRow(FrameBuffer frame, int y)
        {
            if (!_rowLit[_y0[y]] && !_rowLit[_y1[y]])
            {
                return;
            }

            var stride = _width * 3;
            var half = Vector256.Create((ushort)32);
            var max = Vector256.Create((ushort)255);
            var wy = _wy[y];
            var top = Row(_y0[y]);
            var bottom = Row(_y1[y]);
            var a = Vector256.Create((ushort)(8 - wy));
            var b = Vector256.Create(wy);
            ref var rt = ref MemoryMarshal.GetArrayDataReference(top);
            ref var rb = ref MemoryMarshal.GetArrayDataReference(bottom);
            ref var line = ref Unsafe.Add(ref MemoryMarshal.GetReference(frame.Pixels), y * stride);
            var x = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                // The same lane arithmetic as below, 64 bytes a step.
                var half512 = Vector512.Create((ushort)32);
                var max512 = Vector512.Create((ushort)255);
                var a512 = Vector512.Create((ushort)(8 - wy));
                var b512 = Vector512.Create(wy);
                for (; x + 64 <= stride; x += 64)
                {
                    var low = (Vector512.LoadUnsafe(ref rt, (nuint)x) * a512 + Vector512.LoadUnsafe(ref rb, (nuint)x) * b512 + half512) >> 6;
                    var high = (Vector512.LoadUnsafe(ref rt, (nuint)(x + 32)) * a512 + Vector512.LoadUnsafe(ref rb, (nuint)(x + 32)) * b512 + half512) >> 6;
                    var (pl, ph) = Vector512.Widen(Vector512.LoadUnsafe(ref line, (nuint)x));
                    Vector512.Narrow(Vector512.Min(pl + low, max512), Vector512.Min(ph + high, max512)).StoreUnsafe(ref line, (nuint)x);
                }
            }

            for (; x + 32 <= stride; x += 32)
            {
                // The glow is at most 4·255 and the pixel at most 255, so the 16-bit sum cannot wrap.
                var low = (Vector256.LoadUnsafe(ref rt, (nuint)x) * a + Vector256.LoadUnsafe(ref rb, (nuint)x) * b + half) >> 6;
                var high = (Vector256.LoadUnsafe(ref rt, (nuint)(x + 16)) * a + Vector256.LoadUnsafe(ref rb, (nuint)(x + 16)) * b + half) >> 6;
                var (pl, ph) = Vector256.Widen(Vector256.LoadUnsafe(ref line, (nuint)x));
                Vector256.Narrow(Vector256.Min(pl + low, max), Vector256.Min(ph + high, max)).StoreUnsafe(ref line, (nuint)x);
            }

            for (; x < stride; x++)
            {
                var add = (top[x] * (8 - wy) + bottom[x] * wy + 32) >> 6;
                Unsafe.Add(ref line, x) = (byte)Math.Min(255, Unsafe.Add(ref line, x) + add);
            }
        }
    }

    /// <summary>Shuffle indices and tap weights of the horizontal 4x upsampling, one set per 16 lanes of a 48-lane block.</summary>
    private static class Expansion
    {
        public static readonly Vector256<ushort>[] Index = new Vector256<ushort>[3];
        public static readonly Vector256<ushort>[] First = new Vector256<ushort>[3];
        public static readonly Vector256<ushort>[] Second = new Vector256<ushort>[3];

        static Expansion()
        {
            Span<ushort> index = stackalloc ushort[16];
            Span<ushort> first = stackalloc ushort[16];
            Span<ushort> second = stackalloc ushort[16];
            for (var k = 0; k < 3; k++)
            {
                for (var l = 0; l < 16; l++)
                {
                    var lane = 16 * k + l;
                    var pixel = lane / 3;
                    var eighths = 2 * pixel - 3;
                    var q = eighths >> 3;
                    var w = eighths - (q << 3);
                    index[l] = (ushort)(3 * (q + 1) + lane % 3);
                    first[l] = (ushort)(8 - w);
                    second[l] = (ushort)w;
                }

                Index[k] = Vector256.Create<ushort>(index);
                First[k] = Vector256.Create<ushort>(first);
                Second[k] = Vector256.Create<ushort>(second);
            }
        }
    }
}
