using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_smoke", "Soft specks and shading, for smoke, clouds and dissolving.")]
public sealed record ParticleSmokeSet : ParticleCharacterSet
{
    public override string Characters => " .·:░▒";
}
