using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_sparks", "Sparks: ticks, stars and crosses, for explosions and embers.")]
public sealed record ParticleSparksSet : ParticleCharacterSet
{
    public override string Characters => " .'`*+x";
}
