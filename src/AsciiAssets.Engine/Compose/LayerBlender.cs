using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;

namespace AsciiAssets.Compose;

/// <summary>
/// Blends a whole layer frame onto the frame below it with a blend mode and an opacity, a vector of bytes per step
/// (the table's scalar lookups where the CPU has no vectors, and for the last bytes). Layers whose black leaves the
/// bottom are drawn straight onto the frame by <see cref="GlyphCompositor.Blend"/> instead; this is for the other modes.
/// </summary>
public static class LayerBlender
{
    public static void Blend(FrameBuffer bottom, FrameBuffer top, BlendMode mode, float opacity)
    {
        var weight = ChannelLanes.Weight(opacity);
        if (weight == 0)
        {
            return;
        }

        var done = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var loop = new Loop(bottom, top, weight, mode.BlackLeavesBottom);
            mode.Run(loop);
            done = loop.Done;
        }

        BlendScalar(bottom.Pixels[done..], top.Pixels[done..], mode.Table, weight, mode.BlackLeavesBottom);
    }

    /// <summary>Byte by byte through the mode's table; skipping black is exact when black leaves the bottom.</summary>
    private static void BlendScalar(Span<byte> below, ReadOnlySpan<byte> above, PairTable table, int weight, bool skipBlack)
    {
        for (var i = 0; i < below.Length; i++)
        {
            var top = above[i];
            if (skipBlack && top == 0)
            {
                continue;
            }

            var bottom = below[i];
            var blended = table[bottom, top];
            below[i] = (byte)(weight == 256 ? blended : ChannelLanes.Mix(bottom, blended, weight));
        }
    }

    private readonly struct Loop(FrameBuffer bottom, FrameBuffer top, ushort weight, bool skipBlack) : IBlendLoop
    {
        /// <summary>The whole vectors' bytes: the loop does them, the scalar blend the rest.</summary>
        public int Done => bottom.Length / ChannelLanes.BytesPerStep * ChannelLanes.BytesPerStep;

        public void Run<TKernel>(TKernel kernel)
            where TKernel : struct, IBlendKernel
        {
            ref var belowRef = ref MemoryMarshal.GetReference(bottom.Pixels);
            ref var aboveRef = ref MemoryMarshal.GetReference(top.Pixels);
            var step = ChannelLanes.BytesPerStep;
            var w = new Vector<ushort>(weight);
            var inverse = new Vector<ushort>((ushort)(256 - weight));
            var opaque = weight == 256;
            var end = Done;
            var i = 0;
            // Two vectors are tested at once: in a sparse layer, black and lit runs alternate too irregularly for the
            // branch to be predicted well, so fewer, coarser tests cost less than the blends they save.
            for (; i + 2 * step <= end; i += 2 * step)
            {
                var first = Vector.LoadUnsafe(ref aboveRef, (nuint)i);
                var second = Vector.LoadUnsafe(ref aboveRef, (nuint)(i + step));
                if (skipBlack && (first | second) == Vector<byte>.Zero)
                {
                    continue;
                }

                Step(ref belowRef, i, first, kernel, opaque, w, inverse);
                Step(ref belowRef, i + step, second, kernel, opaque, w, inverse);
            }

            for (; i < end; i += step)
            {
                Step(ref belowRef, i, Vector.LoadUnsafe(ref aboveRef, (nuint)i), kernel, opaque, w, inverse);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Step<TKernel>(ref byte belowRef, int i, Vector<byte> layer, TKernel kernel, bool opaque, Vector<ushort> w, Vector<ushort> inverse)
            where TKernel : struct, IBlendKernel
        {
            ChannelLanes.Unpack(Vector.LoadUnsafe(ref belowRef, (nuint)i), out var belowLow, out var belowHigh);
            ChannelLanes.Unpack(layer, out var aboveLow, out var aboveHigh);
            var low = kernel.Blend(belowLow, aboveLow);
            var high = kernel.Blend(belowHigh, aboveHigh);
            if (!opaque)
            {
                low = ChannelLanes.Mix(belowLow, low, w, inverse);
                high = ChannelLanes.Mix(belowHigh, high, w, inverse);
            }

            ChannelLanes.Pack(low, high).StoreUnsafe(ref belowRef, (nuint)i);
        }
    }
}
