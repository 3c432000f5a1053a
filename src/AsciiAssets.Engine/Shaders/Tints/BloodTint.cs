using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("blood", "Horror red: black to arterial red, almost no other colour.")]
public sealed record BloodTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x0a0000);

    public override Rgb24 Highlight => Hex(0xff2a24);

    public override float Keep => 0.08f;
}
