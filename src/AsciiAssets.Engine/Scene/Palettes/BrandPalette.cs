using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("brand", "A palette made from a word, a name or a logo's letters: its distinct characters ordered by ink, after a space.")]
public sealed record BrandPalette(
    [Doc("The text whose characters make the palette, e.g. \"ACME\".")] string Text = "ASCII") : CharacterPalette
{
    public override string Characters => " " + string.Concat(TextElements(Text).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct());

    public override void Validate(RecordCheck check)
    {
        base.Validate(check);
        if (Text.All(char.IsWhiteSpace))
        {
            check.Fail("text", "has only spaces, so the layer would draw nothing");
        }
    }
}
