using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("normal", "The layer covers what is below it (mixed by opacity).")]
public sealed record NormalBlend : BlendMode
{
    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) => top;
}
