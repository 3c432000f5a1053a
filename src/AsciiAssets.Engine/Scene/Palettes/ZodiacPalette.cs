using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("zodiac", "The twelve signs of the zodiac.")]
public sealed record ZodiacPalette : CharacterPalette
{
    public override string Characters => " ♈♉♊♋♌♍♎♏♐♑♒♓";
}
