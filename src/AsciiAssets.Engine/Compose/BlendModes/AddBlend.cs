using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("add", "Adds the layer to what is below, clipped at white: glows and light.")]
public sealed record AddBlend : BlendMode
{
    public override bool BlackLeavesBottom => true;

    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        Vector256.Min(bottom + top, Max);
}
