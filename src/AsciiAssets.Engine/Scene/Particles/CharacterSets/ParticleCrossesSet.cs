using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_crosses", "Plus signs and crosses, for sparkles and markers.")]
public sealed record ParticleCrossesSet : ParticleCharacterSet
{
    public override string Characters => " ·+×╳#";
}
