using AsciiAssets.Registry;
using AsciiAssets.Shaders.Tints;

namespace AsciiAssets.Shaders.Moods;

[Registered("industrial", "Grim and metallic: drained colour, hard contrast, a cold cast, heavy grain and dark corners.")]
public sealed record IndustrialMood(
    [Doc("Colourfulness.")][Range(0, 4)] float SaturationAmount = 0.35f,
    [Doc("Contrast stretch.")][Range(0, 8)] float ContrastAmount = 1.3f,
    [Doc("How far the frame moves towards the cool tint.")][Range(0, 1)] float TintStrength = 0.4f,
    [Doc("Grain, in levels.")][Range(0, 128)] float GrainAmount = 14f,
    [Doc("Darkening towards the corners.")][Range(0, 2)][NotBindable("vignette's falloff map is computed once")] float VignetteStrength = 0.5f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new SaturationShader(SaturationAmount),
        new ContrastShader(ContrastAmount),
        new TintShader(new CoolTint(), TintStrength),
        new GrainShader(GrainAmount),
        new VignetteShader(VignetteStrength),
    ];
}
