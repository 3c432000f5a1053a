using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("cyrillic", "Cyrillic letters, small and capital.")]
public sealed record CyrillicPalette : CharacterPalette
{
    public override string Characters => " абвгдежзийклмнопрстуфхцчшщъыьэюяБГДЖЗИЛПФЦЧШЩЭЮЯ";
}
