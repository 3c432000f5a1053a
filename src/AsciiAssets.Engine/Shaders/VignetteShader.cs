using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

[Registered("vignette", "Darkens towards the corners; the falloff map is computed once per size and strength.")]
public sealed record VignetteShader(
    [Doc("How fast brightness falls off from the centre.")][Range(0, 2)] float Strength = 0.5f) : ShaderParameters
{
    /// <summary>The corners never go fully black.</summary>
    public const float Floor = 0.15f;

    private static readonly ConcurrentDictionary<(int, int, float), byte[]> Maps = new();

    public override ShaderLevel MinimumLevel => ShaderLevel.Minimal;

    public override IShader Create(ShaderSetup setup) =>
        new Executor(Maps.GetOrAdd((setup.Width, setup.Height, Strength), key => BuildMap(key.Item1, key.Item2, key.Item3)));

    /// <summary>A per-pixel factor in 1/256 units (0..256), stored at 1 byte with 256 clamped to 255.</summary>
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
                map[y * width + x] = (byte)Math.Min(255, (int)(factor * 256f + 0.5f));
            }
        }

        return map;
    }

    /// <summary>
    /// Pixels × factor / 256, 32 pixels (96 bytes) per step: the 32 factors are spread to their pixels' three
    /// channels by fixed byte shuffles, so the frame and a one-byte-per-pixel map are all that is read.
    /// </summary>
    private sealed class Executor(byte[] map) : IShader
    {
        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var pixels = frame.Pixels;
            ref var p = ref MemoryMarshal.GetReference(pixels);
            ref var m = ref MemoryMarshal.GetArrayDataReference(map);
            var spread0 = Spread.Index[0];
            var spread1 = Spread.Index[1];
            var spread2 = Spread.Index[2];
            var full = Vector256.Create((ushort)255);
            var one = Vector256.Create((ushort)1);
            var i = 0;
            for (; i + 32 <= map.Length; i += 32)
            {
                var factors = Vector256.LoadUnsafe(ref m, (nuint)i);
                ref var block = ref Unsafe.Add(ref p, i * 3);
                Scale(ref block, 0, Vector256.Shuffle(factors, spread0), full, one);
                Scale(ref block, 32, Vector256.Shuffle(factors, spread1), full, one);
                Scale(ref block, 64, Vector256.Shuffle(factors, spread2), full, one);
            }

            for (; i < map.Length; i++)
            {
                var f = map[i] == 255 ? 256 : map[i];
                var o = i * 3;
                pixels[o] = (byte)((pixels[o] * f) >> 8);
                pixels[o + 1] = (byte)((pixels[o + 1] * f) >> 8);
                pixels[o + 2] = (byte)((pixels[o + 2] * f) >> 8);
            }
        }

        /// <summary>32 channel values × their factors (255 standing for 256) / 256.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Scale(ref byte pixels, nuint offset, Vector256<byte> factors, Vector256<ushort> full, Vector256<ushort> one)
        {
            var (fl, fh) = Vector256.Widen(factors);
            fl += Vector256.Equals(fl, full) & one;
            fh += Vector256.Equals(fh, full) & one;
            var (pl, ph) = Vector256.Widen(Vector256.LoadUnsafe(ref pixels, offset));
            Vector256.Narrow((pl * fl) >> 8, (ph * fh) >> 8).StoreUnsafe(ref pixels, offset);
        }
    }

    /// <summary>Byte shuffles giving each of 96 channel bytes the factor of its pixel, one per 32 bytes.</summary>
    private static class Spread
    {
        public static readonly Vector256<byte>[] Index = Enumerable.Range(0, 3)
            .Select(k => Vector256.Create(Enumerable.Range(0, 32).Select(l => (byte)((32 * k + l) / 3)).ToArray()))
            .ToArray();
    }
}
