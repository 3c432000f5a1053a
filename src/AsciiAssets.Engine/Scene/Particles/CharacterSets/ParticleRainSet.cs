using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_rain", "Short strokes, for rain, streaks and flow lines.")]
public sealed record ParticleRainSet : ParticleCharacterSet
{
    public override string Characters => " .,:;|¦";
}
