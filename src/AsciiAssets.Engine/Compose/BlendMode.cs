using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose;

/// <summary>
/// How a layer combines with what is below it. Works on 16 channel values at once, each 0..255 in a
/// 16-bit lane; the compositor handles opacity, widening and the row tails.
/// </summary>
[RegistryKind("blend", "blend modes")]
public abstract record BlendMode
{
    public abstract Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top);

    /// <summary>
    /// True when Blend(bottom, black) == bottom. Black parts of such a layer change nothing, so the blender
    /// skips them: most of a sparse layer (rain, particles) is black.
    /// </summary>
    public virtual bool BlackLeavesBottom => false;

    /// <summary>a·b/255 rounded, exact for 0..255 inputs.</summary>
    protected static Vector256<ushort> MultiplyDiv255(Vector256<ushort> a, Vector256<ushort> b)
    {
        var t = a * b + Vector256.Create((ushort)128);
        return (t + (t >> 8)) >> 8;
    }

    protected static readonly Vector256<ushort> Max = Vector256.Create((ushort)255);
}
