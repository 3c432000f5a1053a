using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("multiply", "Darkens like stacked filters: a · b; white keeps what is below, black gives black.")]
public sealed record MultiplyBlend : BlendMode
{
    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top) =>
        MultiplyDiv255(bottom, top);
}
