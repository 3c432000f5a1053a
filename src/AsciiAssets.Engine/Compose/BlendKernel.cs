using System.Numerics;
using System.Runtime.CompilerServices;
using AsciiAssets.Pixels;

namespace AsciiAssets.Compose;

/// <summary>
/// A blend mode's vector form as a struct, so a loop generic over it is compiled once per mode and the blend
/// inlines instead of costing a call per vector.
/// </summary>
internal interface IBlendKernel
{
    Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top);
}

/// <summary>A loop to run with the kernel of a blend mode; see <see cref="BlendMode.Run"/>.</summary>
internal interface IBlendLoop
{
    void Run<TKernel>(TKernel kernel)
        where TKernel : struct, IBlendKernel;
}

/// <summary>The kernel of a mode with a vector form.</summary>
internal readonly struct LaneKernel<TLanes> : IBlendKernel
    where TLanes : struct, IBlendLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => TLanes.Blend(bottom, top);
}

/// <summary>The kernel of a mode with only a scalar form: lookups in its table.</summary>
internal readonly struct TableKernel(PairTable table) : IBlendKernel
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => table.Lookup(bottom, top);
}
