using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("binary", "Zeros and ones, like a bit stream.")]
public sealed record BinaryPalette : CharacterPalette
{
    public override string Characters => " 01";

    /// <summary>The reference's ramp, in its order.</summary>
    protected override bool OrderedByInk => false;
}
