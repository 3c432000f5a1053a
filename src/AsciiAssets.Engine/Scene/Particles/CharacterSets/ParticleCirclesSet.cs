using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_circles", "Circles from a ring to a bullseye and a disc, for orbits and wells.")]
public sealed record ParticleCirclesSet : ParticleCharacterSet
{
    public override string Characters => " ·∘○◎●◉";
}
