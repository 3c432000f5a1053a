using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("matrix", "Green phosphor: near-black green to bright terminal green, almost no other colour.")]
public sealed record MatrixTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x000a03);

    public override Rgb24 Highlight => Hex(0x7cff9c);

    public override float Keep => 0.08f;
}
