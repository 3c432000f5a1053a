using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
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
    /// always reads the original pixels. The loops run on <see cref="Vector{T}"/> (256 or 128 bits, whatever the CPU
    /// has; 512 where it has AVX-512) and as plain scalar code where it has no vectors.
    /// </summary>
    private sealed class Executor : IStreamingShader
    {
        private const int Factor = 4;
        private const int Passes = 3;

        // Lanes of zeros past the end of each scratch row, so whole-vector loads never leave it.
        private static readonly int Slack = 2 * Vector<ushort>.Count + 16;

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
            _rows[0] = new ushort[Expansion.Lanes(width)];
            _rows[1] = new ushort[Expansion.Lanes(width)];
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
            var step = Vector<byte>.Count;
            var bright = new Vector<byte>((byte)_bright);
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

                for (; Vector.IsHardwareAccelerated && i + step <= stride; i += step)
                {
                    Vector.Widen(Bright(Vector.LoadUnsafe(ref top, (nuint)i), bright), out var l0, out var h0);
                    Vector.Widen(Bright(Vector.LoadUnsafe(ref r1, (nuint)i), bright), out var l1, out var h1);
                    Vector.Widen(Bright(Vector.LoadUnsafe(ref r2, (nuint)i), bright), out var l2, out var h2);
                    Vector.Widen(Bright(Vector.LoadUnsafe(ref r3, (nuint)i), bright), out var l3, out var h3);
                    (l0 + l1 + (l2 + l3)).StoreUnsafe(ref columns, (nuint)i);
                    (h0 + h1 + (h2 + h3)).StoreUnsafe(ref columns, (nuint)(i + step / 2));
                }
            }
            else
            {
                for (; Vector.IsHardwareAccelerated && i + step <= stride; i += step)
                {
                    var low = Vector<ushort>.Zero;
                    var high = Vector<ushort>.Zero;
                    for (var r = 0; r < rows; r++)
                    {
                        Vector.Widen(Bright(Vector.LoadUnsafe(ref top, (nuint)(r * stride + i)), bright), out var l, out var h);
                        low += l;
                        high += h;
                    }

                    low.StoreUnsafe(ref columns, (nuint)i);
                    high.StoreUnsafe(ref columns, (nuint)(i + step / 2));
                }
            }

            // Bright or not is a coin toss on busy frames, so the scalar test is a mask rather than a branch.
            var belowBright = _bright - 1;
            for (; i < stride; i++)
            {
                var sum = 0;
                for (var r = 0; r < rows; r++)
                {
                    int v = Unsafe.Add(ref top, r * stride + i);
                    sum += v & ((belowBright - v) >> 31);
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

            if (Vector.IsHardwareAccelerated)
            {
                for (; i < stride; i += Vector<ushort>.Count)
                {
                    var sum = Vector.LoadUnsafe(ref columns, (nuint)i) + Vector.LoadUnsafe(ref columns, (nuint)(i + 3))
                        + Vector.LoadUnsafe(ref columns, (nuint)(i + 6)) + Vector.LoadUnsafe(ref columns, (nuint)(i + 9));
                    sum.StoreUnsafe(ref blocks, (nuint)i);
                }

                // Pack the three lanes of each block: overlapping 4-lane copies, each overwriting the last one's spare lane.
                for (var qx = 0; qx < _qw; qx++)
                {
                    Unsafe.WriteUnaligned(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref packed, qx * 3)), Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref blocks, qx * 12))));
                }
            }
            else
            {
                // Only the three lanes of each block that are kept, summed straight into place.
                for (var lane = 0; lane < _qStride; lane++)
                {
                    ref var column = ref Unsafe.Add(ref columns, lane / 3 * 12 + lane % 3);
                    Unsafe.Add(ref packed, lane) = (ushort)(column + Unsafe.Add(ref column, 3) + Unsafe.Add(ref column, 6) + Unsafe.Add(ref column, 9));
                }
            }

            var inverse = 1f / (rows * Factor);
            var inverseVector = new Vector<float>(inverse);
            ref var means = ref MemoryMarshal.GetArrayDataReference(_means);
            var end = _width / Factor * 3;
            var j = 0;
            for (; Vector.IsHardwareAccelerated && j + Vector<ushort>.Count <= end; j += Vector<ushort>.Count)
            {
                Vector.Widen(Vector.LoadUnsafe(ref packed, (nuint)j), out var l, out var h);
                (Vector.ConvertToSingle(Vector.AsVectorInt32(l)) * inverseVector).StoreUnsafe(ref means, (nuint)j);
                (Vector.ConvertToSingle(Vector.AsVectorInt32(h)) * inverseVector).StoreUnsafe(ref means, (nuint)(j + Vector<uint>.Count));
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
        private static Vector<byte> Bright(Vector<byte> v, Vector<byte> bright) => v & Vector.GreaterThanOrEqual(v, bright);

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

            for (; Vector.IsHardwareAccelerated && x + Vector<float>.Count <= stride - 3; x += Vector<float>.Count)
            {
                var o = (nuint)x;
                var sum = Vector.LoadUnsafe(ref s, o - 3) + Vector.LoadUnsafe(ref s, o) + Vector.LoadUnsafe(ref s, o + 3);
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
            var ninth = new Vector<float>(Ninth);
            ref var a = ref MemoryMarshal.GetReference(above);
            ref var b = ref MemoryMarshal.GetReference(here);
            ref var c = ref MemoryMarshal.GetReference(below);
            ref var r = ref MemoryMarshal.GetArrayDataReference(target);
            var stride = target.Length;
            var x = 0;
            for (; Vector.IsHardwareAccelerated && x + Vector<float>.Count <= stride; x += Vector<float>.Count)
            {
                var sum = Vector.LoadUnsafe(ref a, (nuint)x) + Vector.LoadUnsafe(ref b, (nuint)x) + Vector.LoadUnsafe(ref c, (nuint)x);
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
            var strength = new Vector<float>(_strength);
            var half = new Vector<float>(0.5f);
            var cap = new Vector<int>(4 * 255);
            ref var from = ref MemoryMarshal.GetArrayDataReference(blurred);
            ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_glow), y * _glowStride + 3);
            var lit = Vector<int>.Zero;
            var x = 0;
            var lanes = Vector<float>.Count;
            for (; Vector.IsHardwareAccelerated && x + 2 * lanes <= stride; x += 2 * lanes)
            {
                var g0 = Vector.ConvertToInt32(Vector.LoadUnsafe(ref from, (nuint)x) * strength + half);
                var g1 = Vector.ConvertToInt32(Vector.LoadUnsafe(ref from, (nuint)(x + lanes)) * strength + half);
                lit |= g0 | g1;
                Vector.Narrow(Vector.AsVectorUInt32(Vector.Min(g0, cap)), Vector.AsVectorUInt32(Vector.Min(g1, cap))).StoreUnsafe(ref row, (nuint)x);
            }

            var rowLit = lit != Vector<int>.Zero;
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
            Expand(_glow.AsSpan(quarterRow * _glowStride), row, _width);
            _rowOf[slot] = quarterRow;
            return row;
        }

        /// <summary>
        /// Output pixel i blends quarter pixels j = ⌊(2i − 3) / 8⌋ and j + 1 with weights 8 − w and w, w = (2i − 3) mod 8.
        /// A block of three vectors of lanes (one vector's count of output pixels) takes its taps from a few quarter
        /// pixels, picked by fixed shuffles; elsewhere lane by lane.
        /// </summary>
        private static void Expand(ReadOnlySpan<ushort> padded, ushort[] row, int width)
        {
            ref var source = ref MemoryMarshal.GetReference(padded);
            ref var target = ref MemoryMarshal.GetArrayDataReference(row);
            if (!Vector.IsHardwareAccelerated)
            {
                for (var i = 0; i < width; i++)
                {
                    var eighths = 2 * i - 3;
                    var q = eighths >> 3;
                    var w = eighths - (q << 3);
                    // Padded lane 3n + c is channel c of quarter pixel n − 1.
                    ref var near = ref Unsafe.Add(ref source, 3 * (q + 1));
                    for (var c = 0; c < 3; c++)
                    {
                        Unsafe.Add(ref target, 3 * i + c) = (ushort)(Unsafe.Add(ref near, c) * (8 - w) + Unsafe.Add(ref near, c + 3) * w);
                    }
                }

                return;
            }

            var lanes = Vector<ushort>.Count;
            var block = Expansion.BlockLanes;
            for (var o = 0; o < row.Length; o += block)
            {
                // The block's first output pixel is o / 3 = lanes · n; its first tap is quarter pixel lanes · n / 4 − 1, padded lane o / 4.
                ref var taps = ref Unsafe.Add(ref source, o / 4);
                for (var k = 0; k < 3; k++)
                {
                    ref var near = ref Unsafe.Add(ref taps, Expansion.Base[k]);
                    var first = LaneShuffle.Apply(Vector.AsVectorByte(Vector.LoadUnsafe(ref near)), Expansion.Index[k]);
                    var second = LaneShuffle.Apply(Vector.AsVectorByte(Vector.LoadUnsafe(ref near, 3)), Expansion.Index[k]);
                    (Vector.AsVectorUInt16(first) * Expansion.First[k] + Vector.AsVectorUInt16(second) * Expansion.Second[k]).StoreUnsafe(ref target, (nuint)(o + k * lanes));
                }
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
            var half = new Vector<ushort>(32);
            var max = new Vector<ushort>(255);
            var wy = _wy[y];
            var top = Row(_y0[y]);
            var bottom = Row(_y1[y]);
            var a = new Vector<ushort>((ushort)(8 - wy));
            var b = new Vector<ushort>(wy);
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

            var step = Vector<byte>.Count;
            for (; Vector.IsHardwareAccelerated && x + step <= stride; x += step)
            {
                // The glow is at most 4·255 and the pixel at most 255, so the 16-bit sum cannot wrap.
                var low = (Vector.LoadUnsafe(ref rt, (nuint)x) * a + Vector.LoadUnsafe(ref rb, (nuint)x) * b + half) >> 6;
                var high = (Vector.LoadUnsafe(ref rt, (nuint)(x + step / 2)) * a + Vector.LoadUnsafe(ref rb, (nuint)(x + step / 2)) * b + half) >> 6;
                Vector.Widen(Vector.LoadUnsafe(ref line, (nuint)x), out var pl, out var ph);
                Vector.Narrow(Vector.Min(pl + low, max), Vector.Min(ph + high, max)).StoreUnsafe(ref line, (nuint)x);
            }

            for (; x < stride; x++)
            {
                var add = (Unsafe.Add(ref rt, x) * (8 - wy) + Unsafe.Add(ref rb, x) * wy + 32) >> 6;
                Unsafe.Add(ref line, x) = (byte)Math.Min(255, Unsafe.Add(ref line, x) + add);
            }
        }
    }

    /// <summary>
    /// Shuffle indices and tap weights of the horizontal 4x upsampling for the running vector width. A block is three
    /// vectors of 16-bit lanes: as many output pixels as a vector has lanes, which is a multiple of four, so every
    /// block starts at a whole quarter pixel and has the same pattern. Vector k of a block loads its near taps from
    /// <see cref="Base"/>[k] lanes past the block's first padded lane and its far taps three lanes further.
    /// </summary>
    private static class Expansion
    {
        public static readonly int BlockLanes = 3 * Vector<ushort>.Count;
        public static readonly int[] Base = new int[3];
        public static readonly Vector<byte>[] Index = new Vector<byte>[3];
        public static readonly Vector<ushort>[] First = new Vector<ushort>[3];
        public static readonly Vector<ushort>[] Second = new Vector<ushort>[3];

        static Expansion()
        {
            var lanes = Vector<ushort>.Count;
            var first = new ushort[lanes];
            var second = new ushort[lanes];
            for (var k = 0; k < 3; k++)
            {
                var k1 = k;
                Base[k] = Enumerable.Range(lanes * k, lanes).Min(Tap);
                Index[k] = LaneShuffle.Words(1, l => Tap(lanes * k1 + l) - Base[k1])[0];
                for (var l = 0; l < lanes; l++)
                {
                    var eighths = 2 * ((lanes * k + l) / 3) - 3;
                    var w = eighths - ((eighths >> 3) << 3);
                    first[l] = (ushort)(8 - w);
                    second[l] = (ushort)w;
                }

                First[k] = new Vector<ushort>(first);
                Second[k] = new Vector<ushort>(second);
            }
        }

        /// <summary>Lanes in an upsampled row of a frame width: whole blocks.</summary>
        public static int Lanes(int width) => (width + Vector<ushort>.Count - 1) / Vector<ushort>.Count * BlockLanes;

        /// <summary>The padded glow lane, counted from the block's first, of the near tap of a block's output lane.</summary>
        private static int Tap(int lane) => 3 * (((2 * (lane / 3) - 3) >> 3) + 1) + lane % 3;
    }
}
