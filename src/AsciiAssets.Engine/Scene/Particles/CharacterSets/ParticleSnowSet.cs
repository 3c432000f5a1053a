using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_snow", "Flakes, from a fleck to a crystal, for snow and drifting dust.")]
public sealed record ParticleSnowSet : ParticleCharacterSet
{
    public override string Characters => " .·*❄";
}
