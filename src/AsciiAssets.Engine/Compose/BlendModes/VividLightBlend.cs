using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("vividlight", "Colour burn by the dark half of the layer, colour dodge by the light half: strong contrast that blows out to black and white.")]
public sealed record VividLightBlend : BlendMode
{
    private static readonly ColorBurnBlend Burn = new();
    private static readonly ColorDodgeBlend Dodge = new();

    // Top 0..127 burns by 2b (0..254), top 128..255 dodges by 2b − 1 (1..255).
    public override int Blend(int bottom, int top) =>
        top < 128 ? Burn.Blend(bottom, 2 * top) : Dodge.Blend(bottom, 2 * top - 255);
}
