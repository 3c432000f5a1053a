using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("vignette", "Darkens towards the corners; the falloff map is computed once per size and strength.")]
public sealed record VignetteShader(
    [Doc("How fast brightness falls off from the centre.")][Range(0, 2)][NotBindable("the falloff map is computed once; bind 'mix' to fade the shader instead")] float Strength = 0.5f) : ShaderParameters
{
    /// <summary>The corners never go fully black.</summary>
    public const float Floor = 0.15f;

    private static readonly ConcurrentDictionary<(int, int, float), byte[]> Maps = new();

    public override ShaderLevel MinimumLevel => ShaderLevel.Minimal;

    public override IShader Create(ShaderSetup setup) =>
        new Executor(Maps.GetOrAdd((setup.Width, setup.Height, Strength), key => BuildMap(key.Item1, key.Item2, key.Item3)));

    /// <summary>
    /// Per pixel, the factor f in 1/256 units (0..256; a value of 255 or more counts as 256) stored as the loss
    /// 256 − f, which fits a byte since f ≥ 256 · Floor: p · f / 256 rounded down is p − ⌈p · (256 − f) / 256⌉.
    /// </summary>
    private static byte[] BuildMap(int width, int height, float strength)
    {
        var map = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var ny = height == 1 ? 0 : 2f * y / (height - 1) - 1;
            for (var x = 0; x < width; x++)
            {
                var nx = width == 1 ? 0 : 2f * x / (width - 1) - 1;
                var factor = Math.Clamp(1f - MathF.Sqrt(nx * nx + ny * ny) * strength, Floor, 1f);
                var f = (int)(factor * 256f + 0.5f);
                map[y * width + x] = (byte)(256 - (f >= 255 ? 256 : f));
            }
        }

        return map;
    }

    /// <summary>
    /// Pixels × factor / 256 as p − (p · loss + 255) / 256, 32 pixels (96 bytes) per step: the 32 losses are spread
    /// to their pixels' three channels by fixed byte shuffles, so the frame and a one-byte-per-pixel map are all
    /// that is read. With AVX2 the bytes are widened and packed back within 128-bit lanes (the two reorderings
    /// cancel); elsewhere by the portable widen and narrow. Both compute the same lanes.
    /// </summary>
    private sealed class Executor(byte[] map) : IRowShader
    {
        public void Apply(FrameBuffer frame, in FrameTime time) => ApplyRows(frame, 0, frame.Height, time);

        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var pixels = frame.Pixels;
            var end = bottom * frame.Width;
            ref var p = ref MemoryMarshal.GetReference(pixels);
            ref var m = ref MemoryMarshal.GetArrayDataReference(map);
            var spread0 = Spread.Index[0];
            var spread1 = Spread.Index[1];
            var spread2 = Spread.Index[2];
            var i = top * frame.Width;
            for (; i + 32 <= end; i += 32)
            {
                var losses = Vector256.LoadUnsafe(ref m, (nuint)i);
                ref var block = ref Unsafe.Add(ref p, i * 3);
                Scale(ref block, 0, Vector256.Shuffle(losses, spread0));
                Scale(ref block, 32, Vector256.Shuffle(losses, spread1));
                Scale(ref block, 64, Vector256.Shuffle(losses, spread2));
            }

            for (; i < end; i++)
            {
                var loss = map[i];
                var o = i * 3;
                pixels[o] = (byte)(pixels[o] - ((pixels[o] * loss + 255) >> 8));
                pixels[o + 1] = (byte)(pixels[o + 1] - ((pixels[o + 1] * loss + 255) >> 8));
                pixels[o + 2] = (byte)(pixels[o + 2] - ((pixels[o + 2] * loss + 255) >> 8));
            }
        }

        /// <summary>32 channel values p − (p · loss + 255) / 256 (at most 255 · 255 + 255, so 16 bits hold it).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Scale(ref byte pixels, nuint offset, Vector256<byte> losses)
        {
            var round = Vector256.Create((ushort)255);
            var v = Vector256.LoadUnsafe(ref pixels, offset);
            if (Avx2.IsSupported)
            {
                var pl = Avx2.UnpackLow(v, Vector256<byte>.Zero).AsUInt16();
                var ph = Avx2.UnpackHigh(v, Vector256<byte>.Zero).AsUInt16();
                var ll = Avx2.UnpackLow(losses, Vector256<byte>.Zero).AsUInt16();
                var lh = Avx2.UnpackHigh(losses, Vector256<byte>.Zero).AsUInt16();
                var low = pl - ((pl * ll + round) >> 8);
                var high = ph - ((ph * lh + round) >> 8);
                Avx2.PackUnsignedSaturate(low.AsInt16(), high.AsInt16()).StoreUnsafe(ref pixels, offset);
            }
            else
            {
                var (pl, ph) = Vector256.Widen(v);
                var (ll, lh) = Vector256.Widen(losses);
                Vector256.Narrow(pl - ((pl * ll + round) >> 8), ph - ((ph * lh + round) >> 8)).StoreUnsafe(ref pixels, offset);
            }
        }
    }

    /// <summary>Byte shuffles giving each of 96 channel bytes the loss of its pixel, one per 32 bytes.</summary>
    private static class Spread
    {
        public static readonly Vector256<byte>[] Index = Enumerable.Range(0, 3)
            .Select(k => Vector256.Create(Enumerable.Range(0, 32).Select(l => (byte)((32 * k + l) / 3)).ToArray()))
            .ToArray();
    }
}
