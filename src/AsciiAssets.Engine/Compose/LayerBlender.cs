using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;

namespace AsciiAssets.Compose;

/// <summary>
/// Blends a whole layer frame onto the frame below it with a blend mode and an opacity, 32 bytes per step. Layers
/// whose black leaves the bottom are drawn straight onto the frame by <see cref="GlyphCompositor.Blend"/> instead;
/// this is for the other modes.
/// </summary>
public static class LayerBlender
{
    public static void Blend(FrameBuffer bottom, FrameBuffer top, BlendMode mode, float opacity)
    {
        var weight = BlendKernels.Weight(opacity);
        if (weight != 0)
        {
            BlendKernels.Run(mode, new Loop(bottom, top, weight));
        }
    }

    private readonly struct Loop(FrameBuffer bottom, FrameBuffer top, ushort weight) : IBlendLoop
    {
        public void Run<TKernel>(TKernel kernel)
            where TKernel : struct, IBlendKernel
        {
            var below = bottom.Pixels;
            ReadOnlySpan<byte> above = top.Pixels;
            var w = Vector256.Create(weight);
            var inverse = Vector256.Create((ushort)(256 - weight));
            var opaque = weight == 256;
            var length = below.Length;
            var skipBlack = kernel.BlackLeavesBottom;
            var i = 0;
            ref var belowRef = ref MemoryMarshal.GetReference(below);
            ref var aboveRef = ref MemoryMarshal.GetReference(above);
            // 64 bytes are tested at once: in a sparse layer, black and lit 32-byte runs alternate too irregularly
            // for the branch to be predicted well, so fewer, coarser tests cost less than the blends they save.
            for (; i + 64 <= length; i += 64)
            {
                var first = Vector256.LoadUnsafe(ref aboveRef, (nuint)i);
                var second = Vector256.LoadUnsafe(ref aboveRef, (nuint)(i + 32));
                if (skipBlack && (first | second) == Vector256<byte>.Zero)
                {
                    continue;
                }

                Step(ref belowRef, i, first, kernel, opaque, w, inverse);
                Step(ref belowRef, i + 32, second, kernel, opaque, w, inverse);
            }

            for (; i + 32 <= length; i += 32)
            {
                Step(ref belowRef, i, Vector256.LoadUnsafe(ref aboveRef, (nuint)i), kernel, opaque, w, inverse);
            }

            if (i < length)
            {
                Span<byte> a = stackalloc byte[32];
                Span<byte> b = stackalloc byte[32];
                below[i..].CopyTo(a);
                above[i..].CopyTo(b);
                Step(ref MemoryMarshal.GetReference(a), 0, Vector256.Create<byte>(b), kernel, opaque, w, inverse);
                a[..(length - i)].CopyTo(below[i..]);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Step<TKernel>(ref byte belowRef, int i, Vector256<byte> layer, TKernel kernel, bool opaque, Vector256<ushort> w, Vector256<ushort> inverse)
            where TKernel : struct, IBlendKernel
        {
            var (belowLow, belowHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref belowRef, (nuint)i));
            var (aboveLow, aboveHigh) = Vector256.Widen(layer);
            var low = kernel.Blend(belowLow, aboveLow);
            var high = kernel.Blend(belowHigh, aboveHigh);
            if (!opaque)
            {
                low = BlendKernels.Mix(belowLow, low, w, inverse);
                high = BlendKernels.Mix(belowHigh, high, w, inverse);
            }

            Vector256.Narrow(low, high).StoreUnsafe(ref belowRef, (nuint)i);
        }
    }
}
