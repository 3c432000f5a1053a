using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Rendering;

namespace AsciiAssets.Compose;

/// <summary>Blends a layer onto the frame below it with a blend mode and an opacity, 32 bytes per step.</summary>
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
        var w = Vector256.Create(weight);
        var inverse = Vector256.Create((ushort)(256 - weight));
        var length = below.Length;
        var skipBlack = mode.BlackLeavesBottom;
        var i = 0;
        ref var belowRef = ref MemoryMarshal.GetReference(below);
        ref var aboveRef = ref MemoryMarshal.GetReference(above);
        for (; i + 32 <= length; i += 32)
        {
            var layer = Vector256.LoadUnsafe(ref aboveRef, (nuint)i);
            if (skipBlack && layer == Vector256<byte>.Zero)
            {
                continue;
            }

            var result = BlendVector(Vector256.LoadUnsafe(ref belowRef, (nuint)i), layer, mode, w, inverse);
            result.StoreUnsafe(ref belowRef, (nuint)i);
        }

        if (i < length)
        {
            Span<byte> a = stackalloc byte[32];
            Span<byte> b = stackalloc byte[32];
            below[i..].CopyTo(a);
            above[i..].CopyTo(b);
            var result = BlendVector(Vector256.Create<byte>(a), Vector256.Create<byte>(b), mode, w, inverse);
            result.CopyTo(a);
            a[..(length - i)].CopyTo(below[i..]);
        }
    }

    private static Vector256<byte> BlendVector(Vector256<byte> below, Vector256<byte> above, BlendMode mode, Vector256<ushort> weight, Vector256<ushort> inverse)
    {
        var (belowLow, belowHigh) = Vector256.Widen(below);
        var (aboveLow, aboveHigh) = Vector256.Widen(above);
        var low = Mix(belowLow, mode.Blend(belowLow, aboveLow), weight, inverse);
        var high = Mix(belowHigh, mode.Blend(belowHigh, aboveHigh), weight, inverse);
        return Vector256.Narrow(low, high);
    }

    private static Vector256<ushort> Mix(Vector256<ushort> below, Vector256<ushort> blended, Vector256<ushort> weight, Vector256<ushort> inverse) =>
        (below * inverse + blended * weight + Vector256.Create((ushort)128)) >> 8;
}
