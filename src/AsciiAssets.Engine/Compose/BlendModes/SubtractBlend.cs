using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("subtract", "Subtracts the layer from what is below, clipped at black.")]
public sealed record SubtractBlend : BlendMode
{
    public override bool BlackLeavesBottom => true;

    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        bottom - Vector256.Min(bottom, top);
}
