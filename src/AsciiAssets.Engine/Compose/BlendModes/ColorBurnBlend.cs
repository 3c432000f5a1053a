using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("colorburn", "Darkens what is below by the layer, 1 − (1 − a) / b: dark layers burn the base to black, white leaves it as it is; the glyphs are ink on white paper.")]
public sealed record ColorBurnBlend : BlendMode
{
    // Colour dodge mirrored: white stays white, a black layer gives black, else 1 − (1 − a) / b clipped, rounded.
    public override int Blend(int bottom, int top) =>
        bottom == 255 ? 255
        : top == 0 ? 0
        : 255 - Math.Min(255, ((255 - bottom) * 255 + top / 2) / top);
}
