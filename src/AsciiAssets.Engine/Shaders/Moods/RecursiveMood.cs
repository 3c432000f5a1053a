using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

[Registered("recursive", "Falling into itself: the frame folded into kaleidoscope wedges, zoom-blurred towards its centre and glowing, like a tunnel of copies.")]
public sealed record RecursiveMood(
    [Doc("Mirror pairs around the circle.")][Range(1, 16)][NotBindable("the kaleidoscope's wedge map is computed once")] int KaleidoscopeSegments = 4,
    [Doc("Length of the zoom streaks, as a fraction of the distance to the centre.")][Range(0, 0.8)] float RadialBlurStrength = 0.2f,
    [Doc("A turn of the colours; give it an arc to cycle them.")][Range(-360, 360)] float HueRotateDegrees = 0f,
    [Doc("Glow.")][Range(0, 4)] float BloomStrength = 0.6f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new KaleidoscopeShader(KaleidoscopeSegments),
        new RadialBlurShader(Strength: RadialBlurStrength),
        new HueRotateShader(HueRotateDegrees),
        new BloomShader(Threshold: 130, Strength: BloomStrength),
    ];
}
