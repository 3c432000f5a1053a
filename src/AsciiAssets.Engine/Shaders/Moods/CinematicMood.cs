using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

[Registered("cinematic", "A film look: a warm grade, firmer contrast, a soft glow on highlights, fine grain and a strong vignette.")]
public sealed record CinematicMood(
    [Doc("White balance: −1 cool … 1 warm.")][Range(-1, 1)] float ColorGradeTemperature = 0.25f,
    [Doc("Contrast stretch.")][Range(0, 8)] float ContrastAmount = 1.1f,
    [Doc("Glow of the highlights.")][Range(0, 4)] float BloomStrength = 0.5f,
    [Doc("Film grain, in levels.")][Range(0, 128)] float GrainAmount = 7f,
    [Doc("Darkening towards the corners.")][Range(0, 2)][NotBindable("vignette's falloff map is computed once")] float VignetteStrength = 0.45f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new ColorGradeShader(Temperature: ColorGradeTemperature),
        new ContrastShader(ContrastAmount),
        new BloomShader(Threshold: 150, Strength: BloomStrength),
        new GrainShader(GrainAmount),
        new VignetteShader(VignetteStrength),
    ];
}
