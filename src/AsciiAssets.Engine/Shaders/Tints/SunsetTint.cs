using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("sunset", "A dusk duotone: purple shadows to orange highlights.")]
public sealed record SunsetTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x2c0a40);

    public override Rgb24 Highlight => Hex(0xffb45c);

    public override float Keep => 0.2f;
}
