using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_hearts", "Hearts, outlined then filled.")]
public sealed record ParticleHeartsSet : ParticleCharacterSet
{
    public override string Characters => " ·♡♥";
}
