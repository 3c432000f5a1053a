using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("difference", "Absolute difference |a − b|: identical colours go black.")]
public sealed record DifferenceBlend : BlendMode
{
    public override bool BlackLeavesBottom => true;

    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        Vector256.Max(bottom, top) - Vector256.Min(bottom, top);
}
