using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("neon_pink", "Club lighting: deep purple shadows to hot pink highlights.")]
public sealed record NeonPinkTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x14001c);

    public override Rgb24 Highlight => Hex(0xff5ad2);

    public override float Keep => 0.25f;
}
