using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("posterize", "Flat bands of colour: each channel snaps to the nearest of a few evenly spaced levels, black and white included.")]
public sealed record PosterizeShader(
    [Doc("Levels per channel, black and white included: 2 leaves eight colours.")][Range(2, 64)] int Levels = 4) : LookupShader
{
    protected override byte Map(byte value)
    {
        // A moving level count is rounded by the binder but not kept in range by it.
        var steps = Math.Clamp(Levels, 2, 256) - 1;
        var level = (value * steps + 127) / 255;
        return (byte)((level * 255 + steps / 2) / steps);
    }
}
