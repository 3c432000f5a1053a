using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_dots", "Round dots, from a speck to a full disc: plain particles.")]
public sealed record ParticleDotsSet : ParticleCharacterSet
{
    public override string Characters => " .·•●";
}
