using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("color_wobble", "The hues sway to and fro around the colour wheel over time, like a drifting colour cast; greys stay grey.")]
public sealed record ColorWobbleShader(
    [Doc("Largest turn either way, in degrees; follow 'rms' or 'beat_decay' to sway with the music.")][Range(0, 180)] float Degrees = 30f,
    [Doc("Sways per second.")][Range(0, 10)] float Speed = 0.5f) : MatrixShader
{
    protected override bool FollowsTime => true;

    protected override void Matrix(Span<int> weights, Span<int> offsets, float time) =>
        HueRotateShader.Rotation(weights, offsets, Degrees * DetMath.Sin(DetMath.TwoPi * DetMath.Fract(Speed * time)));
}
