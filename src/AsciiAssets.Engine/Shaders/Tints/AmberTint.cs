using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("amber", "Amber monochrome monitor: dark brown to glowing amber.")]
public sealed record AmberTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x0a0400);

    public override Rgb24 Highlight => Hex(0xffb000);

    public override float Keep => 0.05f;
}
