using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("triadic", "Harmony of three hues a third of a turn apart, which the value runs through, blended in OKLab.")]
public sealed record TriadicColor : HarmonyColor
{
    protected override float[] Offsets { get; } = [0f, 1f / 3f, 2f / 3f];
}
