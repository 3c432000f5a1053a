using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("dense", "Fine 70-step ASCII density ramp for smooth gradients on large grids.")]
public sealed record DensePalette : CharacterPalette
{
    public override string Characters => """ .'`^",:;Il!i><~+_-?][}{1)(|\/tfjrxnuvczXYUJCLQ0OZmwqpdbkhao*#MW&8%B@$""";

    /// <summary>The reference's ramp, in its order.</summary>
    protected override bool OrderedByInk => false;
}
