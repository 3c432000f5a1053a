using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("vignette", "Darkens towards the corners; the falloff map is computed once per size and strength.")]
public sealed record VignetteShader(
    [Doc("How fast brightness falls off from the centre.")][Range(0, 2)][NotBindable("the falloff map is computed once; bind 'mix' to fade the shader instead")] float Strength = 0.5f) : ShaderParameters
{
    /// <summary>The falloff darkens what is drawn: straight colour in, the alpha stays.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

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
    /// Pixels × factor / 256 as p − (p · loss + 255) / 256, a vector of pixels (three of bytes) per step: the losses
    /// are spread to their pixels' three channels by fixed byte shuffles, so the frame and a one-byte-per-pixel map
    /// are all that is read. Plain scalar code where the CPU has no vectors.
    /// </summary>
    private sealed class Executor(byte[] map) : IRowShader
    {
        // Byte l of vector k holds the loss of pixel (Count · k + l) / 3.
        private static readonly Vector<byte>[] Spread = LaneShuffle.Bytes(3, channel => channel / 3);

        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var end = bottom * frame.Width;
            ref var p = ref MemoryMarshal.GetReference(frame.Pixels);
            ref var m = ref MemoryMarshal.GetArrayDataReference(map);
            var i = top * frame.Width;
            if (Vector.IsHardwareAccelerated)
            {
                var step = Vector<byte>.Count;
                var spread0 = Spread[0];
                var spread1 = Spread[1];
                var spread2 = Spread[2];
                for (; i + step <= end; i += step)
                {
                    var losses = Vector.LoadUnsafe(ref m, (nuint)i);
                    ref var block = ref Unsafe.Add(ref p, i * 3);
                    Scale(ref block, 0, LaneShuffle.Apply(losses, spread0));
                    Scale(ref block, (nuint)step, LaneShuffle.Apply(losses, spread1));
                    Scale(ref block, (nuint)(2 * step), LaneShuffle.Apply(losses, spread2));
                }
            }

            for (; i < end; i++)
            {
                var loss = Unsafe.Add(ref m, i);
                ref var pixel = ref Unsafe.Add(ref p, i * 3);
                pixel = (byte)(pixel - ((pixel * loss + 255) >> 8));
                Unsafe.Add(ref pixel, 1) = (byte)(Unsafe.Add(ref pixel, 1) - ((Unsafe.Add(ref pixel, 1) * loss + 255) >> 8));
                Unsafe.Add(ref pixel, 2) = (byte)(Unsafe.Add(ref pixel, 2) - ((Unsafe.Add(ref pixel, 2) * loss + 255) >> 8));
            }
        }

        /// <summary>A vector of channel values p − (p · loss + 255) / 256 (at most 255 · 255 + 255, so 16 bits hold it).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Scale(ref byte pixels, nuint offset, Vector<byte> losses)
        {
            var round = new Vector<ushort>(255);
            ChannelLanes.Unpack(Vector.LoadUnsafe(ref pixels, offset), out var pl, out var ph);
            ChannelLanes.Unpack(losses, out var ll, out var lh);
            ChannelLanes.Pack(pl - ((pl * ll + round) >> 8), ph - ((ph * lh + round) >> 8)).StoreUnsafe(ref pixels, offset);
        }
    }
}
