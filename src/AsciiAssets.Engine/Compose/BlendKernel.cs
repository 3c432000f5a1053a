using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Compose.BlendModes;

namespace AsciiAssets.Compose;

/// <summary>
/// A blend mode as a struct, so a loop generic over it is compiled once per built-in mode and the mode's blend
/// inlines (its record is sealed) instead of costing a virtual call per 32 bytes. Other modes go through the
/// virtual call.
/// </summary>
internal interface IBlendKernel
{
    bool BlackLeavesBottom { get; }

    Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top);
}

/// <summary>A loop to run with the kernel of a blend mode; see <see cref="BlendKernels.Run"/>.</summary>
internal interface IBlendLoop
{
    void Run<TKernel>(TKernel kernel)
        where TKernel : struct, IBlendKernel;
}

internal static class BlendKernels
{
    /// <summary>Runs the loop with the mode's own kernel.</summary>
    public static void Run<TLoop>(BlendMode mode, TLoop loop)
        where TLoop : struct, IBlendLoop
    {
        switch (mode)
        {
            case ScreenBlend screen:
                loop.Run(new Screen(screen));
                break;
            case AddBlend add:
                loop.Run(new Add(add));
                break;
            case NormalBlend normal:
                loop.Run(new Normal(normal));
                break;
            case LightenBlend lighten:
                loop.Run(new Lighten(lighten));
                break;
            case MultiplyBlend multiply:
                loop.Run(new Multiply(multiply));
                break;
            default:
                loop.Run(new Any(mode));
                break;
        }
    }

    /// <summary>Opacity as a weight in 1/256 units.</summary>
    public static ushort Weight(float opacity) => (ushort)Math.Clamp((int)MathF.Round(opacity * 256), 0, 256);

    /// <summary>(below · (256 − weight) + blended · weight + 128) / 256: with weight 256 it is the blended value itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Mix(Vector256<ushort> below, Vector256<ushort> blended, Vector256<ushort> weight, Vector256<ushort> inverse) =>
        (below * inverse + blended * weight + Vector256.Create((ushort)128)) >> 8;

    private readonly struct Screen(ScreenBlend mode) : IBlendKernel
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Add(AddBlend mode) : IBlendKernel
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Normal(NormalBlend mode) : IBlendKernel
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Lighten(LightenBlend mode) : IBlendKernel
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Multiply(MultiplyBlend mode) : IBlendKernel
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }

    private readonly struct Any(BlendMode mode) : IBlendKernel
    {
        public bool BlackLeavesBottom => mode.BlackLeavesBottom;

        public Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => mode.Blend(bottom, top);
    }
}
