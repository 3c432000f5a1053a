using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_diamonds", "Diamonds, outlined, dotted and filled.")]
public sealed record ParticleDiamondsSet : ParticleCharacterSet
{
    public override string Characters => " ·◇◈◆";
}
