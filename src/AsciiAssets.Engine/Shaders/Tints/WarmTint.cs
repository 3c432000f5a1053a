using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("warm", "Golden hour: shadows a warm brown, highlights a soft peach, most of the colour kept.")]
public sealed record WarmTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x1a0c04);

    public override Rgb24 Highlight => Hex(0xffdcb0);

    public override float Keep => 0.55f;
}
