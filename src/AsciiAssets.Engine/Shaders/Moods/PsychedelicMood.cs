using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

[Registered("psychedelic", "Melting colour: hues swaying around the wheel, oversaturated, rippling and glowing.")]
public sealed record PsychedelicMood(
    [Doc("How far the hues sway either way, in degrees.")][Range(0, 180)] float ColorWobbleDegrees = 120f,
    [Doc("Sways per second.")][Range(0, 10)] float ColorWobbleSpeed = 0.4f,
    [Doc("Colourfulness.")][Range(0, 4)] float SaturationAmount = 1.8f,
    [Doc("How far rows ripple sideways, as a fraction of the width.")][Range(0, 0.5)] float WaveDistortAmplitude = 0.012f,
    [Doc("Glow.")][Range(0, 4)] float BloomStrength = 0.6f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new ColorWobbleShader(ColorWobbleDegrees, ColorWobbleSpeed),
        new SaturationShader(SaturationAmount),
        new WaveDistortShader(Amplitude: WaveDistortAmplitude),
        new BloomShader(Threshold: 120, Strength: BloomStrength),
    ];
}
