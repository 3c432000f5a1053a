using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("split_complementary", "Harmony of the base hue and the two hues beside its opposite (base + 5/12 and + 7/12 turn), blended in OKLab.")]
public sealed record SplitComplementaryColor : HarmonyColor
{
    protected override float[] Offsets { get; } = [0f, 5f / 12f, 7f / 12f];
}
