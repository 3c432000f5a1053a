using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("solarize", "The Sabattier effect: channel values above the threshold are inverted, so highlights turn dark and outlines glow.")]
public sealed record SolarizeShader(
    [Doc("Channel values above this (0..255) are inverted; 0 inverts everything, 255 nothing.")][Range(0, 255)] int Threshold = 128) : LookupShader
{
    protected override byte Map(byte value) => value > Threshold ? (byte)(255 - value) : value;
}
