using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("tetradic", "Harmony of four hues a quarter turn apart (two complementary pairs), which the value runs through, blended in OKLab.")]
public sealed record TetradicColor : HarmonyColor
{
    protected override float[] Offsets { get; } = [0f, 0.25f, 0.5f, 0.75f];
}
