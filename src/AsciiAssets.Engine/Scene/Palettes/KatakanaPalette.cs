using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("katakana", "Katakana, as in falling code (from the bundled M+ font, narrowed to the cell).")]
public sealed record KatakanaPalette : CharacterPalette
{
    public override string Characters => " アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
}
