using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("softlight", "Gentle contrast: a dark layer darkens what is below, a light one lightens it, never to pure black or white (a² (1 − 2b) + 2ab).")]
public sealed record SoftLightBlend : BlendMode
{
    // The Pegtop form, which is smooth in both values: a · (a (1 − 2b) + 2b), scaled to 0..255 and rounded. The inner
    // sum 255a + 2b (255 − a) is never negative, so the rounding is plain.
    public override int Blend(int bottom, int top) => (bottom * (255 * bottom + 2 * top * (255 - bottom)) + 32512) / 65025;
}
