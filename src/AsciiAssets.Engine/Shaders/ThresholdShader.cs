using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("threshold", "Hard black and white per channel: each channel value at or above the level becomes full, below it zero.")]
public sealed record ThresholdShader(
    [Doc("The channel value (0..255) from which a channel is full.")][Range(1, 255)] int Level = 128) : LookupShader
{
    protected override byte Map(byte value) => value >= Level ? (byte)255 : (byte)0;
}
