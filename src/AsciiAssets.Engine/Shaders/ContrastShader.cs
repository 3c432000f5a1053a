using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("contrast", "Stretches every channel away from mid-grey (or pulls it towards it), clipped: 128 + (v − 128) · amount.")]
public sealed record ContrastShader(
    [Doc("The stretch: 1 leaves the frame, 0 gives flat grey, 1.5 is punchy, above 3 nearly posterizes.")][Range(0, 8)] float Amount = 1.3f) : LookupShader
{
    protected override byte Map(byte value) => (byte)Math.Clamp((int)MathF.Round(127.5f + (value - 127.5f) * Amount), 0, 255);
}
