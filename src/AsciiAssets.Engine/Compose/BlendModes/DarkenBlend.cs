using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("darken", "Keeps the darker of the two, per channel.")]
public sealed record DarkenBlend : BlendMode
{
    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        Vector256.Min(bottom, top);
}
