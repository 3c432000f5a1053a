using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

[Registered("bloom", "Glow around bright characters: bright pass, 4x downsample, three 3x3 box blurs, bilinear upsample added back.")]
public sealed record BloomShader(
    [Doc("Channel values above this glow (0..255).")][Range(0, 255)] float Threshold = 130f,
    [Doc("How strongly the glow is added.")][Range(0, 4)] float Strength = 1f) : ShaderParameters
{
    public override ShaderLevel MinimumLevel => ShaderLevel.Standard;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup.Width, setup.Height);

    /// <summary>
    /// All buffers are made here. The quarter-resolution glow is blurred in floats, then scaled by the strength to
    /// whole levels (at most 4·255, so every fixed-point step below fits 16 bits) and upsampled with weights in
    /// eighths, which are exact for a 4x scale.
    /// </summary>
    private sealed class Executor : IShader
    {
        private const int Factor = 4;
        private const int Passes = 3;

        private readonly int _width;
        private readonly int _height;
        private readonly int _qw;
        private readonly int _qh;
        private readonly int[] _bright = new int[256];
        private readonly int[] _sums;
        private readonly float[] _a;
        private readonly float[] _b;
        private readonly ushort[] _glow;
        private readonly float _strength;

        // Upsampling tables: for each full-resolution x (per channel lane) and y, the two quarter samples and the weight of the second (0..8).
        private readonly int[] _x0;
        private readonly int[] _x1;
        private readonly ushort[] _wx;
        private readonly int[] _y0;
        private readonly int[] _y1;
        private readonly ushort[] _wy;
        private readonly ushort[][] _rows = new ushort[2][];
        private readonly int[] _rowOf = { -1, -1 };
        private readonly ushort[] _line;

        public Executor(BloomShader p, int width, int height)
        {
            _width = width;
            _height = height;
            _qw = (width + Factor - 1) / Factor;
            _qh = (height + Factor - 1) / Factor;
            _strength = p.Strength;
            for (var v = 0; v < 256; v++)
            {
                _bright[v] = v > p.Threshold ? v : 0;
            }

            var quarter = _qw * _qh * 3;
            _sums = new int[quarter];
            _a = new float[quarter];
            _b = new float[quarter];
            _glow = new ushort[quarter];
            (_x0, _x1, _wx) = Table(width, _qw, 3);
            (_y0, _y1, _wy) = Table(height, _qh, 1);
            _rows[0] = new ushort[width * 3];
            _rows[1] = new ushort[width * 3];
            _line = new ushort[width * 3];
        }

        /// <summary>Sample position (i + 0.5) / 4 − 0.5 = (2i − 3) / 8 quarter pixels, clamped at the edges.</summary>
        private static (int[] First, int[] Second, ushort[] Weight) Table(int size, int quarter, int lanes)
        {
            var first = new int[size * lanes];
            var second = new int[size * lanes];
            var weight = new ushort[size * lanes];
            for (var i = 0; i < size; i++)
            {
                var eighths = 2 * i - 3;
                var q = eighths >> 3; // floor division by 8
                var w = eighths - (q << 3);
                var q0 = Math.Clamp(q, 0, quarter - 1);
                var q1 = Math.Clamp(q + 1, 0, quarter - 1);
                for (var c = 0; c < lanes; c++)
                {
                    first[i * lanes + c] = q0 * lanes + c;
                    second[i * lanes + c] = q1 * lanes + c;
                    weight[i * lanes + c] = (ushort)w;
                }
            }

            return (first, second, weight);
        }

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            BrightPass(frame);
            var source = _a;
            var target = _b;
            for (var pass = 0; pass < Passes; pass++)
            {
                BlurHorizontal(source, target);
                BlurVertical(target, source);
            }

            var any = false;
            for (var i = 0; i < _glow.Length; i++)
            {
                var g = (int)(source[i] * _strength + 0.5f);
                _glow[i] = (ushort)Math.Min(g, 4 * 255);
                any |= g > 0;
            }

            if (any)
            {
                Upsample(frame);
            }
        }

        /// <summary>Mean over each 4x4 block of the channel values above the threshold.</summary>
        private void BrightPass(FrameBuffer frame)
        {
            var sums = _sums;
            Array.Clear(sums);
            var bright = _bright;
            for (var y = 0; y < _height; y++)
            {
                var row = frame.Row(y);
                var offset = (y / Factor) * _qw * 3;
                for (var x = 0; x < _width; x++)
                {
                    var o = x * 3;
                    var q = offset + (x / Factor) * 3;
                    sums[q] += bright[row[o]];
                    sums[q + 1] += bright[row[o + 1]];
                    sums[q + 2] += bright[row[o + 2]];
                }
            }

            for (var qy = 0; qy < _qh; qy++)
            {
                var bh = Math.Min(Factor, _height - qy * Factor);
                for (var qx = 0; qx < _qw; qx++)
                {
                    var inverse = 1f / (bh * Math.Min(Factor, _width - qx * Factor));
                    var q = (qy * _qw + qx) * 3;
                    _a[q] = sums[q] * inverse;
                    _a[q + 1] = sums[q + 1] * inverse;
                    _a[q + 2] = sums[q + 2] * inverse;
                }
            }
        }

        /// <summary>Three-tap box along rows, edges repeated. Sums are divided once, in the vertical pass.</summary>
        private void BlurHorizontal(float[] source, float[] target)
        {
            var stride = _qw * 3;
            for (var y = 0; y < _qh; y++)
            {
                var row = y * stride;
                for (var x = 0; x < stride; x++)
                {
                    var left = x >= 3 ? x - 3 : x;
                    var right = x + 3 < stride ? x + 3 : x;
                    target[row + x] = source[row + left] + source[row + x] + source[row + right];
                }
            }
        }

        private void BlurVertical(float[] source, float[] target)
        {
            var stride = _qw * 3;
            const float Ninth = 1f / 9f;
            for (var y = 0; y < _qh; y++)
            {
                var up = (y > 0 ? y - 1 : y) * stride;
                var here = y * stride;
                var down = (y + 1 < _qh ? y + 1 : y) * stride;
                var a = source.AsSpan(up, stride);
                var b = source.AsSpan(here, stride);
                var c = source.AsSpan(down, stride);
                var t = target.AsSpan(here, stride);
                var x = 0;
                if (Vector256.IsHardwareAccelerated)
                {
                    var ninth = Vector256.Create(Ninth);
                    ref var ra = ref MemoryMarshal.GetReference(a);
                    ref var rb = ref MemoryMarshal.GetReference(b);
                    ref var rc = ref MemoryMarshal.GetReference(c);
                    ref var rt = ref MemoryMarshal.GetReference(t);
                    for (; x + 8 <= stride; x += 8)
                    {
                        var sum = Vector256.LoadUnsafe(ref ra, (nuint)x) + Vector256.LoadUnsafe(ref rb, (nuint)x) + Vector256.LoadUnsafe(ref rc, (nuint)x);
                        (sum * ninth).StoreUnsafe(ref rt, (nuint)x);
                    }
                }

                for (; x < stride; x++)
                {
                    t[x] = (a[x] + b[x] + c[x]) * Ninth;
                }
            }
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
            var glow = _glow.AsSpan(quarterRow * _qw * 3, _qw * 3);
            for (var i = 0; i < row.Length; i++)
            {
                var w = _wx[i];
                row[i] = (ushort)(glow[_x0[i]] * (8 - w) + glow[_x1[i]] * w);
            }

            _rowOf[slot] = quarterRow;
            return row;
        }

        private void Upsample(FrameBuffer frame)
        {
            _rowOf[0] = _rowOf[1] = -1;
            var line = _line.AsSpan();
            for (var y = 0; y < _height; y++)
            {
                var wy = _wy[y];
                var top = Row(_y0[y]);
                var bottom = Row(_y1[y]);
                var x = 0;
                var a = Vector256.Create((ushort)(8 - wy));
                var b = Vector256.Create(wy);
                var half = Vector256.Create((ushort)32);
                ref var rt = ref MemoryMarshal.GetArrayDataReference(top);
                ref var rb = ref MemoryMarshal.GetArrayDataReference(bottom);
                ref var rl = ref MemoryMarshal.GetReference(line);
                for (; x + 16 <= line.Length; x += 16)
                {
                    var v = Vector256.LoadUnsafe(ref rt, (nuint)x) * a + Vector256.LoadUnsafe(ref rb, (nuint)x) * b;
                    ((v + half) >> 6).StoreUnsafe(ref rl, (nuint)x);
                }

                for (; x < line.Length; x++)
                {
                    line[x] = (ushort)((top[x] * (8 - wy) + bottom[x] * wy + 32) >> 6);
                }

                PixelMath.AddClamped(frame.Row(y), line);
            }
        }
    }
}
