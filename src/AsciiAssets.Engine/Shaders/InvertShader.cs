using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("invert", "Photographic negative: every channel value v becomes 255 − v.")]
public sealed record InvertShader : LookupShader
{
    protected override byte Map(byte value) => (byte)(255 - value);
}
