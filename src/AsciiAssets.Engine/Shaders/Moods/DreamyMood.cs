using AsciiAssets.Registry;
using AsciiAssets.Shaders.Tints;

namespace AsciiAssets.Shaders.Moods;

[Registered("dreamy", "Soft and hazy: a diffusion blur lightened in, a wide glow, gentler colours and a pink cast.")]
public sealed record DreamyMood(
    [Doc("How much of the diffusion blur is mixed in.")][Range(0, 1)] float SoftFocusAmount = 0.7f,
    [Doc("How wide the glow is added.")][Range(0, 4)] float BloomStrength = 0.7f,
    [Doc("Colourfulness.")][Range(0, 4)] float SaturationAmount = 0.85f,
    [Doc("How far the frame moves towards neon pink.")][Range(0, 1)] float TintStrength = 0.25f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new SoftFocusShader(Radius: 5, Amount: SoftFocusAmount),
        new BloomShader(Threshold: 100, Strength: BloomStrength),
        new SaturationShader(SaturationAmount),
        new TintShader(new NeonPinkTint(), TintStrength),
    ];
}
