using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("screen", "Brightens like two projectors on one screen: 1 − (1 − a)(1 − b); never darker than either.")]
public sealed record ScreenBlend : BlendMode
{
    public override bool BlackLeavesBottom => true;

    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        bottom + top - MultiplyDiv255(bottom, top);
}
