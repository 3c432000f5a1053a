using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("brightness", "Adds the same amount to every channel, clipped: a lift (or drop) of the whole frame, black included.")]
public sealed record BrightnessShader(
    [Doc("What is added, as a fraction of full scale: 0.1 adds 26 levels, −0.2 takes 51 away.")][Range(-1, 1)] float Amount = 0.1f) : LookupShader
{
    protected override byte Map(byte value) => (byte)Math.Clamp(value + (int)MathF.Round(Amount * 255f), 0, 255);
}
