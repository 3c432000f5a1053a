using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("complementary", "Harmony of two opposite hues (base and base + 1/2 turn): low values one, high values the other, blended in OKLab.")]
public sealed record ComplementaryColor : HarmonyColor
{
    protected override float[] Offsets { get; } = [0f, 0.5f];
}
