using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Tints;

[Registered("void", "Drained and cold: black to a dim grey violet, so the frame sinks into darkness.")]
public sealed record VoidTint : ColorTint
{
    public override Rgb24 Shadow => Hex(0x000000);

    public override Rgb24 Highlight => Hex(0x8070a0);

    public override float Keep => 0.15f;
}
