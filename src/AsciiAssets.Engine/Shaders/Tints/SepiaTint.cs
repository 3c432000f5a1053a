using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("sepia", "An old photograph: dark brown to cream, a trace of the original colour.")]
public sealed record SepiaTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x1c1008);

    public override Rgb24 Highlight => Hex(0xf2dcae);

    public override float Keep => 0.12f;
}
