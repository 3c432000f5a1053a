using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_glitter", "Tiny points and ticks, for glitter and shimmer.")]
public sealed record ParticleGlitterSet : ParticleCharacterSet
{
    public override string Characters => " .·:∴✧";
}
