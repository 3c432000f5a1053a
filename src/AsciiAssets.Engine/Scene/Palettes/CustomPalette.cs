using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("custom", "Your own ramp, darkest first; index 0 is drawn for the lowest values.")]
public sealed record CustomPalette(
    [Doc("The characters, darkest first, e.g. \" .oO@\".")] string Chars) : CharacterPalette
{
    public override string Characters => Chars;

    protected override bool OrderedByInk => false;

    public override void Validate(RecordCheck check)
    {
        base.Validate(check);
        if (Chars.All(char.IsWhiteSpace))
        {
            check.Fail("chars", "has only spaces, so the layer would draw nothing");
        }
    }
}
