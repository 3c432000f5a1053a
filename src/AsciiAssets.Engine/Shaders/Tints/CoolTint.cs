using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("cool", "Overcast daylight: shadows navy, highlights a pale sky blue, most of the colour kept.")]
public sealed record CoolTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x040c1c);

    public override Rgb24 Highlight => Hex(0xc0dcff);

    public override float Keep => 0.55f;
}
