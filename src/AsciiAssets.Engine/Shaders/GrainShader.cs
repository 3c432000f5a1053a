using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("grain", "Film grain: brightness noise in 2x2 pixel blocks, new every frame or every 'hold' frames (hashed from the seed and the frame number).")]
public sealed record GrainShader(
    [Doc("Largest brightness change, in 0..255 levels.")][Range(0, 128)] float Amount = 14f,
    [Doc("Frames the same grain holds before it is re-rolled, counted from the video's first frame (the same on any number of workers): 2 or 3 roughly halves or thirds what an encoder spends on it.")][Range(1, 120)] int Hold = 1) : ShaderParameters
{
    /// <summary>Grain changes the brightness of what is drawn: straight colour in, the alpha stays, so transparency gets no noise.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

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

        private readonly int _blocksPerRow = (setup.Width + 1) / 2;

        // A step's last spread store may reach three vectors past the row.
        private readonly byte[] _raise = new byte[setup.Width * 3 + 3 * Vector<byte>.Count];
        private readonly byte[] _lower = new byte[setup.Width * 3 + 3 * Vector<byte>.Count];

        /// <summary>Blocks are 2x2, so <paramref name="top"/> must be even; <paramref name="bottom"/> is even or the frame's height.</summary>
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var frameSeed = Hash.Combine(setup.Seed, (uint)time.HoldWindow(p.Hold));
            if (Vector.IsHardwareAccelerated && MathF.Abs(p.Amount) <= VectorAmountLimit)
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
            var blocks = Vector<short>.Count;
            var bytes = Vector<byte>.Count;
            ref var raise = ref MemoryMarshal.GetArrayDataReference(_raise);
            ref var lower = ref MemoryMarshal.GetArrayDataReference(_lower);
            ref var pixels = ref MemoryMarshal.GetReference(frame.Pixels);
            var spread = Spread;
            var spread0 = spread[0];
            var spread1 = spread[1];
            var spread2 = spread[2];
            var spread3 = spread[3];
            var spread4 = spread[4];
            var spread5 = spread[5];
            for (var y = top; y < bottom; y += 2)
            {
                var blockRow = (uint)((y >> 1) * _blocksPerRow);
                for (var bx = 0; bx < _blocksPerRow; bx += blocks)
                {
                    // A vector of blocks' offsets (|offset| ≤ 255), split into raises (the low half of the bytes) and
                    // lowerings (the high half), then each spread to its six channel bytes.
                    var first = blockRow + (uint)bx;
                    var offsets = Vector.Narrow(hash.Noise(first), hash.Noise(first + (uint)Vector<int>.Count));
                    var both = Vector.Narrow(Vector.AsVectorUInt16(Vector.Max(offsets, Vector<short>.Zero)), Vector.AsVectorUInt16(Vector.Max(-offsets, Vector<short>.Zero)));
                    var o = (nuint)(bx * 6);
                    LaneShuffle.Apply(both, spread0).StoreUnsafe(ref raise, o);
                    LaneShuffle.Apply(both, spread1).StoreUnsafe(ref raise, o + (nuint)bytes);
                    LaneShuffle.Apply(both, spread2).StoreUnsafe(ref raise, o + (nuint)(2 * bytes));
                    LaneShuffle.Apply(both, spread3).StoreUnsafe(ref lower, o);
                    LaneShuffle.Apply(both, spread4).StoreUnsafe(ref lower, o + (nuint)bytes);
                    LaneShuffle.Apply(both, spread5).StoreUnsafe(ref lower, o + (nuint)(2 * bytes));
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
            for (; i + Vector<byte>.Count <= length; i += Vector<byte>.Count)
            {
                var v = Vector.LoadUnsafe(ref row, (nuint)i);
                var down = Vector.LoadUnsafe(ref lower, (nuint)i);
                var up = Vector.LoadUnsafe(ref raise, (nuint)i);
                v = Vector.Max(v, down) - down;
                (v + Vector.Min(up, ~v)).StoreUnsafe(ref row, (nuint)i);
            }

            for (; i < length; i++)
            {
                ref var b = ref Unsafe.Add(ref row, i);
                b = (byte)Math.Clamp(b + Unsafe.Add(ref raise, i) - Unsafe.Add(ref lower, i), 0, 255);
            }
        }

        /// <summary>
        /// The scalar definition: each block's offset added, with saturation, to its six channel bytes in each of its
        /// rows. The saturation is a lookup: beyond ±255 an offset saturates every byte the same way, so it is clamped first.
        /// </summary>
        private void ApplyScalar(FrameBuffer frame, int top, int bottom, uint frameSeed)
        {
            var amount = p.Amount;
            var magicRounding = MathF.Abs(amount) <= VectorAmountLimit;
            var stride = frame.Stride;
            ref var pixels = ref MemoryMarshal.GetReference(frame.Pixels);
            ref var saturated = ref MemoryMarshal.GetArrayDataReference(Saturated);
            for (var y = top; y < bottom; y += 2)
            {
                var blockRow = (uint)((y >> 1) * _blocksPerRow);
                var rows = y + 1 < bottom ? 2 : 1;
                for (var bx = 0; bx < _blocksPerRow; bx++)
                {
                    var offset = (Hash.Unit(Hash.Combine(frameSeed, blockRow + (uint)bx)) * 2f - 1f) * amount;
                    // Adding and taking away 1.5·2²³ rounds as MathF.Round does where the sum is exact; it costs two
                    // additions where MathF.Round and bit casts are calls (no SSE4.1, or no intrinsics at all).
                    var noise = magicRounding ? (int)(offset + RoundingMagic - RoundingMagic) : (short)MathF.Round(offset);
                    ref var shifted = ref Unsafe.Add(ref saturated, Math.Clamp(noise, -255, 255) + 255);
                    var bytes = Math.Min(6, stride - bx * 6);
                    for (var r = 0; r < rows; r++)
                    {
                        ref var block = ref Unsafe.Add(ref pixels, (y + r) * stride + bx * 6);
                        if (bytes == 6)
                        {
                            block = Unsafe.Add(ref shifted, block);
                            Unsafe.Add(ref block, 1) = Unsafe.Add(ref shifted, Unsafe.Add(ref block, 1));
                            Unsafe.Add(ref block, 2) = Unsafe.Add(ref shifted, Unsafe.Add(ref block, 2));
                            Unsafe.Add(ref block, 3) = Unsafe.Add(ref shifted, Unsafe.Add(ref block, 3));
                            Unsafe.Add(ref block, 4) = Unsafe.Add(ref shifted, Unsafe.Add(ref block, 4));
                            Unsafe.Add(ref block, 5) = Unsafe.Add(ref shifted, Unsafe.Add(ref block, 5));
                            continue;
                        }

                        for (var k = 0; k < bytes; k++)
                        {
                            ref var b = ref Unsafe.Add(ref block, k);
                            b = Unsafe.Add(ref shifted, b);
                        }
                    }
                }
            }
        }

        /// <summary>Entry v + 255 is v clamped to 0..255, for v in −255..510.</summary>
        private static readonly byte[] Saturated = Enumerable.Range(-255, 766).Select(v => (byte)Math.Clamp(v, 0, 255)).ToArray();
    }

    /// <summary>
    /// The offsets of a vector's worth of consecutive blocks: round((Unit(Combine(frameSeed, block)) · 2 − 1) · amount),
    /// by the scalar definition's operations. Combine(seed, b) = Mix(seed ^ (b + k)) with k fixed by the seed;
    /// Unit(h) · 2 = (h &gt;&gt; 8) · 2⁻²³ exactly; and for |v| ≤ 255, v + 1.5·2²³ rounds v to the nearest integer
    /// (ties to even, as MathF.Round), which the low bits of the sum then hold.
    /// </summary>
    private readonly struct BlockHash(uint frameSeed, float amount)
    {
        private static readonly Vector<uint> LaneIndex = new(Enumerable.Range(0, Vector<uint>.Count).Select(i => (uint)i).ToArray());

        private readonly Vector<uint> _seed = new(frameSeed);
        private readonly Vector<uint> _k = new Vector<uint>(0x9e3779b9U + (frameSeed << 6) + (frameSeed >> 2)) + LaneIndex;
        private readonly Vector<float> _amount = new(amount);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector<int> Noise(uint firstBlock)
        {
            var x = Hash.Mix(_seed ^ (new Vector<uint>(firstBlock) + _k));
            var twice = Vector.ConvertToSingle(Vector.AsVectorInt32(x >> 8)) * new Vector<float>(1f / 8388608f);
            var rounded = (twice - Vector<float>.One) * _amount + new Vector<float>(RoundingMagic);
            return Vector.AsVectorInt32(rounded) - new Vector<int>(BitConverter.SingleToInt32Bits(RoundingMagic));
        }
    }

    /// <summary>
    /// Byte shuffles giving each of six vectors of channel bytes the offset of its 2x2 block: three from the raises
    /// in the low half of the bytes, three from the lowerings in the high half.
    /// </summary>
    private static readonly Vector<byte>[] Spread = LaneShuffle.Bytes(6, channel =>
        channel < 3 * Vector<byte>.Count ? channel / 6 : (channel - 3 * Vector<byte>.Count) / 6 + Vector<byte>.Count / 2);
}
