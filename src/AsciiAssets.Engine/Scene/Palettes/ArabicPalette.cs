using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("arabic", "Arabic letters in their isolated forms.")]
public sealed record ArabicPalette : CharacterPalette
{
    public override string Characters => " ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
}
