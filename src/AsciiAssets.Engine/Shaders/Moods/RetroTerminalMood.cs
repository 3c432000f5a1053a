using AsciiAssets.Registry;
using AsciiAssets.Shaders.Tints;

namespace AsciiAssets.Shaders.Moods;

[Registered("retro_terminal", "An old green-screen terminal: a phosphor tint, glowing characters, scanlines and a curved tube.")]
public sealed record RetroTerminalMood(
    [Doc("The phosphor's tint, by name; defaults to matrix (amber and ice work too).")] ColorTint? Tint = null,
    [Doc("How far the frame moves towards the tint.")][Range(0, 1)] float TintStrength = 0.9f,
    [Doc("How strongly the characters glow.")][Range(0, 4)] float BloomStrength = 0.8f,
    [Doc("How much the darkened scanlines lose.")][Range(0, 1)][NotBindable("scanlines take it once when they are built")] float ScanlinesStrength = 0.3f,
    [Doc("How far the tube bulges.")][Range(0, 1)][NotBindable("the crt's distortion map is computed once")] float CrtAmount = 0.1f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new TintShader(Tint ?? new MatrixTint(), TintStrength),
        new BloomShader(Threshold: 120, Strength: BloomStrength),
        new ScanlinesShader(Spacing: 2, Strength: ScanlinesStrength),
        new CrtShader(CrtAmount),
        new VignetteShader(0.5f),
    ];
}
