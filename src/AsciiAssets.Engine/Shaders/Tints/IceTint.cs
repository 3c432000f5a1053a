using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("ice", "Frozen: deep blue-teal shadows to near-white ice, a little colour kept.")]
public sealed record IceTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x001424);

    public override Rgb24 Highlight => Hex(0xd8f6ff);

    public override float Keep => 0.3f;
}
