using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Compose.BlendModes;
using AsciiAssets.Rendering;

namespace AsciiAssets.Compose;

/// <summary>
/// Blends a layer onto the frame below it with a blend mode and an opacity, 32 bytes per step. The loop is
/// compiled once per built-in mode (through a struct that calls the sealed mode directly, so its blend inlines);
/// other modes go through the virtual call.
/// </summary>
public static class LayerBlender
{
    public static void Blend(FrameBuffer bottom, FrameBuffer top, BlendMode mode, float opacity)
    {
        var weight = (ushort)Math.Clamp((int)MathF.Round(opacity * 256), 0, 256);
        if (weight == 0)
        {
            return;
        }

        var below = bottom.Pixels;
        var above = top.Pixels;
        switch (mode)
        {
            case ScreenBlend screen:
                Blend(below, above, new Screen(screen), weight);
                break;
            case AddBlend add:
                Blend(below, above, new Add(add), weight);
                break;
            case NormalBlend normal:
                Blend(below, above, new Normal(normal), weight);
                break;
            case LightenBlend lighten:
                Blend(below, above, new Lighten(lighten), weight);
                break;
            case MultiplyBlend multiply:
                Blend(below, above, new Multiply(multiply), weight);
                break;
            default:
                Blend(below, above, new Any(mode), weight);
                break;
        }
    }

    private static void Blend<TMode>(Span<byte> below, ReadOnlySpan<byte> above, TMode mode, ushort weight)
        where TMode : struct, IMode
    {
        var w = Vector256.Create(weight);
        var inverse = Vector256.Create((ushort)(256 - weight));
        // Opacity 1: (below · 0 + blended · 256 + 128) >> 8 is the blended value itself.
        var opaque = weight == 256;
        var length = below.Length;
        var skipBlack = mode.BlackLeavesBottom;
        var i = 0;
        ref var belowRef = ref MemoryMarshal.GetReference(below);
        ref var aboveRef = ref MemoryMarshal.GetReference(above);
        // 64 bytes are tested at once: in a sparse layer, black and lit 32-byte runs alternate too irregularly for
        // the branch to be predicted well, so fewer, coarser tests cost less than the blends they save.
        for (; i + 64 <= length; i += 64)
        {
            var first = Vector256.LoadUnsafe(ref aboveRef, (nuint)i);
            var second = Vector256.LoadUnsafe(ref aboveRef, (nuint)(i + 32));
            if (skipBlack && (first | second) == Vector256<byte>.Zero)
            {
                continue;
            }

            BlendStep(ref belowRef, i, first, mode, opaque, w, inverse);
            BlendStep(ref belowRef, i + 32, second, mode, opaque, w, inverse);
        }

        for (; i + 32 <= length; i += 32)
        {
            BlendStep(ref belowRef, i, Vector256.LoadUnsafe(ref aboveRef, (nuint)i), mode, opaque, w, inverse);
        }

        if (i < length)
        {
            Span<byte> a = stackalloc byte[32];
            Span<byte> b = stackalloc byte[32];
            below[i..].CopyTo(a);
            above[i..].CopyTo(b);
            var (belowLow, belowHigh) = Vector256.Widen(Vector256.Create<byte>(a));
            var (aboveLow, aboveHigh) = Vector256.Widen(Vector256.Create<byte>(b));
            var low = Mix(belowLow, mode.Blend(belowLow, aboveLow), w, inverse);
            var high = Mix(belowHigh, mode.Blend(belowHigh, aboveHigh), w, inverse);
            Vector256.Narrow(low, high).CopyTo(a);
            a[..(length - i)].CopyTo(below[i..]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BlendStep<TMode>(ref byte belowRef, int i, Vector256<byte> layer, TMode mode, bool opaque, Vector256<ushort> w, Vector256<ushort> inverse)
        where TMode : struct, IMode
    {
        var (belowLow, belowHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref belowRef, (nuint)i));
        var (aboveLow, aboveHigh) = Vector256.Widen(layer);
        var low = mode.Blend(belowLow, aboveLow);
        var high = mode.Blend(belowHigh, aboveHigh);
        if (!opaque)
        {
            low = Mix(belowLow, low, w, inverse);
            high = Mix(belowHigh, high, w, inverse);
        }

        Vector256.Narrow(low, high).StoreUnsafe(ref belowRef, (nuint)i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Mix(Vector256<ushort> below, Vector256<ushort> blended, Vector256<ushort> weight, Vector256<ushort> inverse) =>
        (below * inverse + blended * weight + Vector256.Create((ushort)128)) >> 8;

    private interface IMode
    {
        bool BlackLeavesBottom { get; }

        Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top);
    }

    private readonly struct Screen(ScreenBlend mode) : IMode
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Add(AddBlend mode) : IMode
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Normal(NormalBlend mode) : IMode
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Lighten(LightenBlend mode) : IMode
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Multiply(MultiplyBlend mode) : IMode
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Any(BlendMode mode) : IMode
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }
}
