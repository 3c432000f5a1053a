using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

[Registered("clean_modern", "Crisp and bright: a little contrast and colour, a faint glow on the brightest characters, a light vignette.")]
public sealed record CleanModernMood(
    [Doc("Contrast stretch.")][Range(0, 8)] float ContrastAmount = 1.12f,
    [Doc("Colourfulness.")][Range(0, 4)] float SaturationAmount = 1.15f,
    [Doc("Glow of the brightest characters.")][Range(0, 4)] float BloomStrength = 0.35f,
    [Doc("Darkening towards the corners.")][Range(0, 2)][NotBindable("vignette's falloff map is computed once")] float VignetteStrength = 0.2f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new ContrastShader(ContrastAmount),
        new SaturationShader(SaturationAmount),
        new BloomShader(Threshold: 180, Strength: BloomStrength),
        new VignetteShader(VignetteStrength),
    ];
}
