using AsciiAssets.Plan;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

/// <summary>
/// The reference's caps (low / standard / high): explosion 300/1000/2500, embers 500/1500/3000, starfield 300/800/1500,
/// dissolve 200/600/1200. It gives none for the other five; ours: orbit 300/1000/2000, gravity_well 400/1200/2500,
/// boids 200/500/1000, flow 500/1500/3000 and trails 40/100/200 heads.
/// </summary>
public class ParticleCapTests
{
    public static TheoryData<string, ParticleTier, int> Caps() => new()
    {
        { "explosion", ParticleTier.Low, 300 },
        { "explosion", ParticleTier.Standard, 1000 },
        { "explosion", ParticleTier.High, 2500 },
        { "embers", ParticleTier.Low, 500 },
        { "embers", ParticleTier.Standard, 1500 },
        { "embers", ParticleTier.High, 3000 },
        { "starfield", ParticleTier.Low, 300 },
        { "starfield", ParticleTier.Standard, 800 },
        { "starfield", ParticleTier.High, 1500 },
        { "dissolve", ParticleTier.Low, 200 },
        { "dissolve", ParticleTier.Standard, 600 },
        { "dissolve", ParticleTier.High, 1200 },
        { "orbit", ParticleTier.Low, 300 },
        { "orbit", ParticleTier.Standard, 1000 },
        { "orbit", ParticleTier.High, 2000 },
        { "gravity_well", ParticleTier.Low, 400 },
        { "gravity_well", ParticleTier.Standard, 1200 },
        { "gravity_well", ParticleTier.High, 2500 },
        { "boids", ParticleTier.Low, 200 },
        { "boids", ParticleTier.Standard, 500 },
        { "boids", ParticleTier.High, 1000 },
        { "flow", ParticleTier.Low, 500 },
        { "flow", ParticleTier.Standard, 1500 },
        { "flow", ParticleTier.High, 3000 },
        { "trails", ParticleTier.Low, 40 },
        { "trails", ParticleTier.Standard, 100 },
        { "trails", ParticleTier.High, 200 },
    };

    /// <summary>Far more particles than any cap, with no glow so every lit cell is one particle.</summary>
    private static FieldParameters Crowded(string name) => name switch
    {
        "explosion" => new ExplosionParticles(Interval: 0.3f, Count: 5000, Lifetime: 10f, Glow: 0),
        "embers" => new EmbersParticles(Rate: 5000f, Lifetime: 20f, Glow: 0),
        "starfield" => new StarfieldParticles(Count: 5000, Streak: 0, Glow: 0),
        "orbit" => new OrbitParticles(Count: 5000, Trail: 0, Glow: 0),
        "gravity_well" => new GravityWellParticles(Count: 5000, Trail: 0, Glow: 0),
        "boids" => new BoidsParticles(Count: 5000, Tail: 0),
        "flow" => new FlowParticles(Rate: 5000, Lifetime: 20, Trail: 0),
        "trails" => new TrailParticles(Count: 1000, Length: 0, Samples: 2, Glow: 0),
        _ => new DissolveParticles(Count: 5000, Period: 60f, Glow: 0),
    };

    [Theory]
    [MemberData(nameof(Caps))]
    public void Draws_at_most_the_cap_of_the_tier(string name, ParticleTier tier, int cap)
    {
        const int Columns = 192;
        const int Rows = 56;
        var field = Probe.Field(Crowded(name), Columns, Rows, tier: tier);
        var system = (IParticleSystem)field;
        system.Capacity.Should().Be(cap);
        var values = Probe.Evaluate(field, Probe.AtSeconds(2), Columns * Rows);
        system.LastCount.Should().Be(cap, "the crowded system wants more than the cap");
        Probe.Lit(values).Should().BeLessThanOrEqualTo(cap).And.BeGreaterThan(cap / 10);
    }

    [Fact]
    public void Draws_every_particle_below_the_cap()
    {
        // Two bursts of 10 are alive 1.2 s into the scene (at 0 s and 1 s).
        var field = Probe.Field(new ExplosionParticles(Interval: 1f, Count: 10, Lifetime: 1.5f));
        Probe.Evaluate(field, Probe.AtSeconds(1.25), 48 * 27);
        ((IParticleSystem)field).LastCount.Should().Be(20);
    }

    [Theory]
    [InlineData(QualityName.Draft, ParticleTier.Low)]
    [InlineData(QualityName.Production, ParticleTier.Standard)]
    [InlineData(QualityName.Max, ParticleTier.High)]
    public void The_quality_profile_picks_the_tier(QualityName quality, ParticleTier tier)
    {
        TestRender.Plan(TestRender.LayerSpec("field: embers"), quality).Profile.ParticleTier.Should().Be(tier);
    }
}
