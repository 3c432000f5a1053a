using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("grain", "Film grain: brightness noise in 2x2 pixel blocks, new every frame (hashed from the seed and the frame number).")]
public sealed record GrainShader(
    [Doc("Largest brightness change, in 0..255 levels.")][Range(0, 128)] float Amount = 14f) : ShaderParameters
{
    public override ShaderLevel MinimumLevel => ShaderLevel.Full;

    private const float RoundingMagic = 12582912f; // 1.5 · 2^23

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Noise is made at half resolution (one value per 2x2 block) and applied equally to R, G and B. Sixteen block
    /// hashes are computed per step (see <see cref="BlockHash"/>), with the same integer and float operations as the
    /// scalar definition; each block row's offsets are spread to channel bytes once and added to both its pixel
    /// rows with saturation. Amounts beyond the vector path's range take the scalar definition itself.
    /// </summary>
    private sealed class Executor(GrainShader p, ShaderSetup setup) : IRowShader
    {
        // Largest amount for which the vector path's offsets fit a byte either way and the rounding trick is exact.
        private const float VectorAmountLimit = 255f;

        private readonly short[] _offsets = new short[setup.Width * 3];
        private readonly int _blocksPerRow = (setup.Width + 1) / 2;
        private readonly byte[] _raise = new byte[setup.Width * 3 + 96];
        private readonly byte[] _lower = new byte[setup.Width * 3 + 96];

        public void Apply(FrameBuffer frame, in FrameTime time) => ApplyRows(frame, 0, frame.Height, time);

        /// <summary>Blocks are 2x2, so <paramref name="top"/> must be even; <paramref name="bottom"/> is even or the frame's height.</summary>
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var frameSeed = Hash.Combine(setup.Seed, (uint)time.Frame);
            if (MathF.Abs(p.Amount) <= VectorAmountLimit)
            {
                ApplyVector(frame, top, bottom, frameSeed);
            }
            else
            {
                ApplyScalar(frame, top, bottom, frameSeed);
            }
        }

        private void ApplyVector(FrameBuffer frame, int top, int bottom, uint frameSeed)
        {
            var stride = frame.Width * 3;
            var hash = new BlockHash(frameSeed, p.Amount);
            ref var raise = ref MemoryMarshal.GetArrayDataReference(_raise);
            ref var lower = ref MemoryMarshal.GetArrayDataReference(_lower);
            ref var pixels = ref MemoryMarshal.GetReference(frame.Pixels);
            var spread0 = Spread.Index[0];
            var spread1 = Spread.Index[1];
            var spread2 = Spread.Index[2];
            var spread3 = Spread.Index[3];
            var spread4 = Spread.Index[4];
            var spread5 = Spread.Index[5];
            for (var y = top; y < bottom; y += 2)
            {
                var blockRow = (uint)((y >> 1) * _blocksPerRow);
                for (var bx = 0; bx < _blocksPerRow; bx += 16)
                {
                    // Sixteen blocks' offsets (|offset| ≤ 255), split into raises (bytes 0..15) and lowerings (16..31),
                    // then each spread to its six channel bytes.
                    var offsets = Vector256.Narrow(hash.Noise(blockRow + (uint)bx), hash.Noise(blockRow + (uint)bx + 8));
                    var both = Vector256.Narrow(Vector256.Max(offsets, Vector256<short>.Zero).AsUInt16(), Vector256.Max(-offsets, Vector256<short>.Zero).AsUInt16());
                    var o = (nuint)(bx * 6);
                    Vector256.Shuffle(both, spread0).StoreUnsafe(ref raise, o);
                    Vector256.Shuffle(both, spread1).StoreUnsafe(ref raise, o + 32);
                    Vector256.Shuffle(both, spread2).StoreUnsafe(ref raise, o + 64);
                    Vector256.Shuffle(both, spread3).StoreUnsafe(ref lower, o);
                    Vector256.Shuffle(both, spread4).StoreUnsafe(ref lower, o + 32);
                    Vector256.Shuffle(both, spread5).StoreUnsafe(ref lower, o + 64);
                }

                Offset(ref Unsafe.Add(ref pixels, y * stride), stride, ref raise, ref lower);
                if (y + 1 < bottom)
                {
                    Offset(ref Unsafe.Add(ref pixels, (y + 1) * stride), stride, ref raise, ref lower);
                }
            }
        }

        /// <summary>row = clamp(row + raise − lower, 0, 255); one of raise and lower is zero for every byte.</summary>
        private static void Offset(ref byte row, int length, ref byte raise, ref byte lower)
        {
            var i = 0;
            for (; i + 32 <= length; i += 32)
            {
                var v = Vector256.LoadUnsafe(ref row, (nuint)i);
                var down = Vector256.LoadUnsafe(ref lower, (nuint)i);
                var up = Vector256.LoadUnsafe(ref raise, (nuint)i);
                v = Vector256.Max(v, down) - down;
                (v + Vector256.Min(up, ~v)).StoreUnsafe(ref row, (nuint)i);
            }

            for (; i < length; i++)
            {
                ref var b = ref Unsafe.Add(ref row, i);
                b = (byte)Math.Clamp(b + Unsafe.Add(ref raise, i) - Unsafe.Add(ref lower, i), 0, 255);
            }
        }

        private void ApplyScalar(FrameBuffer frame, int top, int bottom, uint frameSeed)
        {
            var amount = p.Amount;
            var width = frame.Width;
            var offsets = _offsets.AsSpan(0, width * 3);
            for (var y = top; y < bottom; y += 2)
            {
                var blockRow = (uint)((y >> 1) * _blocksPerRow);
                for (var bx = 0; bx < _blocksPerRow; bx++)
                {
                    var noise = (short)MathF.Round((Hash.Unit(Hash.Combine(frameSeed, blockRow + (uint)bx)) * 2f - 1f) * amount);
                    var o = bx * 6;
                    var end = Math.Min(o + 6, offsets.Length);
                    for (var k = o; k < end; k++)
                    {
                        offsets[k] = noise;
                    }
                }

                PixelMath.AddSigned(frame.Row(y), offsets);
                if (y + 1 < bottom)
                {
                    PixelMath.AddSigned(frame.Row(y + 1), offsets);
                }
            }
        }
    }

    /// <summary>
    /// The offsets of eight consecutive blocks: round((Unit(Combine(frameSeed, block)) · 2 − 1) · amount), by the
    /// scalar definition's operations. Combine(seed, b) = Mix(seed ^ (b + k)) with k fixed by the seed;
    /// Unit(h) · 2 = (h &gt;&gt; 8) · 2⁻²³ exactly; and for |v| ≤ 255, v + 1.5·2²³ rounds v to the nearest integer
    /// (ties to even, as MathF.Round), which the low bits of the sum then hold.
    /// </summary>
    private readonly struct BlockHash(uint frameSeed, float amount)
    {
        private readonly Vector256<uint> _seed = Vector256.Create(frameSeed);
        private readonly Vector256<uint> _k = Vector256.Create(0x9e3779b9U + (frameSeed << 6) + (frameSeed >> 2)) + Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
        private readonly Vector256<float> _amount = Vector256.Create(amount);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<int> Noise(uint firstBlock)
        {
            var x = _seed ^ (Vector256.Create(firstBlock) + _k);
            x ^= x >> 16;
            x *= 0x7feb352dU;
            x ^= x >> 15;
            x *= 0x846ca68bU;
            x ^= x >> 16;
            var twice = Vector256.ConvertToSingle((x >> 8).AsInt32()) * Vector256.Create(1f / 8388608f);
            var rounded = (twice - Vector256.Create(1f)) * _amount + Vector256.Create(RoundingMagic);
            return rounded.AsInt32() - Vector256.Create(BitConverter.SingleToInt32Bits(RoundingMagic));
        }
    }

    /// <summary>
    /// Byte shuffles giving each of 96 channel bytes the offset of its 2x2 block (16 blocks): three from the raises
    /// in bytes 0..15, three from the lowerings in bytes 16..31.
    /// </summary>
    private static class Spread
    {
        public static readonly Vector256<byte>[] Index = Enumerable.Range(0, 6)
            .Select(k => Vector256.Create(Enumerable.Range(0, 32).Select(l => (byte)((32 * (k % 3) + l) / 6 + 16 * (k / 3))).ToArray()))
            .ToArray();
    }
}
