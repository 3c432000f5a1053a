using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("lighten", "Keeps the lighter of the two, per channel.")]
public sealed record LightenBlend : BlendMode
{
    public override bool BlackLeavesBottom => true;

    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        Vector256.Max(bottom, top);
}
