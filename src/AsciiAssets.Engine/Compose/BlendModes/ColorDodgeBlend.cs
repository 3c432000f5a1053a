using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("colordodge", "Brightens what is below by the layer, a / (1 − b): light layers blow the base out to white, black leaves it as it is.")]
public sealed record ColorDodgeBlend : BlendMode
{
    // The compositing spec's rule: black stays black, a white layer gives white, else a / (1 − b) clipped, rounded.
    public override int Blend(int bottom, int top) =>
        bottom == 0 ? 0
        : top == 255 ? 255
        : Math.Min(255, (bottom * 255 + (255 - top) / 2) / (255 - top));
}
