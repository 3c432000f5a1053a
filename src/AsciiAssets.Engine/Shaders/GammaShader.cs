using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("gamma", "Power curve on every channel, v^gamma on 0..1: below 1 lifts shadows and mid-tones, above 1 deepens them; black and white stay.")]
public sealed record GammaShader(
    [Doc("The exponent: 1 leaves the frame, 0.5 brightens the mid-tones strongly, 2 darkens them.")][Range(0.1, 10)] float Gamma = 0.8f) : LookupShader
{
    protected override byte Map(byte value) => (byte)(DetMath.Pow(value / 255f, Math.Max(Gamma, 0.01f)) * 255f + 0.5f);
}
