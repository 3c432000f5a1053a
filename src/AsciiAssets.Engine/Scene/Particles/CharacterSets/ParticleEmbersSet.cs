using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_embers", "Glowing specks and rings, for rising embers and ash.")]
public sealed record ParticleEmbersSet : ParticleCharacterSet
{
    public override string Characters => " .·:°o*";
}
