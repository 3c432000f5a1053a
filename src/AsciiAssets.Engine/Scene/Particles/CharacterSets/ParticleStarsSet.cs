using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Particles.CharacterSets;

[Registered("particle_stars", "Points of light to four-pointed and filled stars, for starfields.")]
public sealed record ParticleStarsSet : ParticleCharacterSet
{
    public override string Characters => " .·+*✦★";
}
