using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Numerics;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

[Registered("grain", "Film grain: brightness noise in 2x2 pixel blocks, new every frame (hashed from the seed and the frame number).")]
public sealed record GrainShader(
    [Doc("Largest brightness change, in 0..255 levels.")][Range(0, 128)] float Amount = 14f) : ShaderParameters
{
    public override ShaderLevel MinimumLevel => ShaderLevel.Full;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Noise is made at half resolution (one value per 2x2 block) and applied equally to R, G and B. Eight block
    /// hashes are computed per vector step, with the same integer and float operations as the scalar definition
    /// (rounding to even by the 1.5·2²³ trick, exact for these magnitudes); each block row's offsets are spread to
    /// channel bytes once and added to both its pixel rows with saturation.
    /// </summary>
    private sealed class Executor(GrainShader p, ShaderSetup setup) : IShader
    {
        // Largest amount for which the vector path's offsets fit a byte either way and the rounding trick is exact.
        private const float VectorAmountLimit = 255f;
        private const float RoundingMagic = 12582912f; // 1.5 · 2^23

        private readonly short[] _offsets = new short[setup.Width * 3];
        private readonly int _blocksPerRow = (setup.Width + 1) / 2;
        private readonly byte[] _raiseBlocks = new byte[(setup.Width + 1) / 2 + 32];
        private readonly byte[] _lowerBlocks = new byte[(setup.Width + 1) / 2 + 32];
        private readonly byte[] _raise = new byte[setup.Width * 3 + 96];
        private readonly byte[] _lower = new byte[setup.Width * 3 + 96];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var frameSeed = Hash.Combine(setup.Seed, (uint)time.Frame);
            if (MathF.Abs(p.Amount) <= VectorAmountLimit)
            {
                ApplyVector(frame, frameSeed);
            }
            else
            {
                ApplyScalar(frame, frameSeed);
            }
        }

        private void ApplyVector(FrameBuffer frame, uint frameSeed)
        {
            var stride = frame.Width * 3;
            // Hash.Combine(seed, b) = Mix(seed ^ (b + k)) with k fixed by the seed.
            var seed = Vector256.Create(frameSeed);
            var k = Vector256.Create(0x9e3779b9U + (frameSeed << 6) + (frameSeed >> 2));
            var lanes = Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
            var unit = Vector256.Create(1f / 16777216f);
            var two = Vector256.Create(2f);
            var one = Vector256.Create(1f);
            var amount = Vector256.Create(p.Amount);
            var magic = Vector256.Create(RoundingMagic);
            ref var raiseBlocks = ref MemoryMarshal.GetArrayDataReference(_raiseBlocks);
            ref var lowerBlocks = ref MemoryMarshal.GetArrayDataReference(_lowerBlocks);
            ref var raise = ref MemoryMarshal.GetArrayDataReference(_raise);
            ref var lower = ref MemoryMarshal.GetArrayDataReference(_lower);
            ref var pixels = ref MemoryMarshal.GetReference(frame.Pixels);
            var spread0 = Spread.Index[0];
            var spread1 = Spread.Index[1];
            var spread2 = Spread.Index[2];
            for (var y = 0; y < frame.Height; y += 2)
            {
                var blockRow = (uint)((y >> 1) * _blocksPerRow);
                for (var bx = 0; bx < _blocksPerRow; bx += 8)
                {
                    var x = seed ^ (Vector256.Create(blockRow + (uint)bx) + lanes + k);
                    x ^= x >> 16;
                    x *= 0x7feb352dU;
                    x ^= x >> 15;
                    x *= 0x846ca68bU;
                    x ^= x >> 16;
                    var u = Vector256.ConvertToSingle((x >> 8).AsInt32()) * unit;
                    var noise = Vector256.ConvertToInt32((u * two - one) * amount + magic - magic);
                    var up = Vector256.Max(noise, Vector256<int>.Zero);
                    var down = Vector256.Max(-noise, Vector256<int>.Zero);
                    // Bytes 0..7 are the raises of the eight blocks, 8..15 the lowerings.
                    var both = Vector256.Narrow(Vector256.Narrow(up, down).AsUInt16(), Vector256<ushort>.Zero).AsUInt64();
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref raiseBlocks, bx), both.GetElement(0));
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref lowerBlocks, bx), both.GetElement(1));
                }

                // Each block's offset to its six channel bytes.
                for (var b = 0; b < _blocksPerRow; b += 16)
                {
                    var r = Vector256.LoadUnsafe(ref raiseBlocks, (nuint)b);
                    var l = Vector256.LoadUnsafe(ref lowerBlocks, (nuint)b);
                    var o = (nuint)(b * 6);
                    Vector256.Shuffle(r, spread0).StoreUnsafe(ref raise, o);
                    Vector256.Shuffle(r, spread1).StoreUnsafe(ref raise, o + 32);
                    Vector256.Shuffle(r, spread2).StoreUnsafe(ref raise, o + 64);
                    Vector256.Shuffle(l, spread0).StoreUnsafe(ref lower, o);
                    Vector256.Shuffle(l, spread1).StoreUnsafe(ref lower, o + 32);
                    Vector256.Shuffle(l, spread2).StoreUnsafe(ref lower, o + 64);
                }

                Offset(ref Unsafe.Add(ref pixels, y * stride), stride, ref raise, ref lower);
                if (y + 1 < frame.Height)
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

        private void ApplyScalar(FrameBuffer frame, uint frameSeed)
        {
            var amount = p.Amount;
            var width = frame.Width;
            var offsets = _offsets.AsSpan(0, width * 3);
            for (var y = 0; y < frame.Height; y += 2)
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
                if (y + 1 < frame.Height)
                {
                    PixelMath.AddSigned(frame.Row(y + 1), offsets);
                }
            }
        }
    }

    /// <summary>Byte shuffles giving each of 96 channel bytes the offset of its 2x2 block (16 blocks).</summary>
    private static class Spread
    {
        public static readonly Vector256<byte>[] Index = Enumerable.Range(0, 3)
            .Select(k => Vector256.Create(Enumerable.Range(0, 32).Select(l => (byte)((32 * k + l) / 6)).ToArray()))
            .ToArray();
    }
}
