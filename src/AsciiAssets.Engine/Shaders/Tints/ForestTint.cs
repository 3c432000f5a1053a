using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("forest", "Under the canopy: dark moss to leaf green, some colour kept.")]
public sealed record ForestTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x020e04);

    public override Rgb24 Highlight => Hex(0xb0e478);

    public override float Keep => 0.25f;
}
