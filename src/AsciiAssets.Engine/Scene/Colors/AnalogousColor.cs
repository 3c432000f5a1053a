using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("analogous", "Harmony of three neighbouring hues (base ± 1/12 turn), a calm ramp, blended in OKLab.")]
public sealed record AnalogousColor : HarmonyColor
{
    protected override float[] Offsets { get; } = [-1f / 12f, 0f, 1f / 12f];
}
