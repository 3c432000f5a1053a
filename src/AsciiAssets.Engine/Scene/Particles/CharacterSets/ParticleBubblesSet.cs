using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_bubbles", "Rings of growing size, for bubbles and foam.")]
public sealed record ParticleBubblesSet : ParticleCharacterSet
{
    public override string Characters => " ·∘°oO○";
}
