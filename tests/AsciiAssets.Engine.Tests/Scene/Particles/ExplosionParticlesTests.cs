using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

public class ExplosionParticlesTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: explosion");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 4)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "4032fcff8468419d")]
    [InlineData(14, "6bcbce5ebd97e8aa")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.FrameHash(Spec, frame).Should().Be(expected);

    [Fact]
    public void A_burst_spreads_out_from_its_centre()
    {
        var field = new ExplosionParticles(Scatter: 0, Gravity: 0, Glow: 0);
        var grid = Probe.Grid(96, 54);
        double Spread(double seconds)
        {
            var values = Probe.Evaluate(field, Probe.AtSeconds(seconds), 96, 54);
            return Enumerable.Range(0, values.Length).Where(i => values[i] > 0).Average(i => grid.Distance[i] * values[i]);
        }

        Spread(0.1).Should().BeLessThan(Spread(0.5));
        Spread(0.5).Should().BeLessThan(Spread(1.2));
    }

    [Fact]
    public void Gravity_pulls_the_sparks_down()
    {
        var grid = Probe.Grid(96, 54);
        double MeanRow(float gravity)
        {
            var values = Probe.Evaluate(new ExplosionParticles(Scatter: 0, Gravity: gravity, Glow: 0), Probe.AtSeconds(1.2), 96, 54);
            return Enumerable.Range(0, values.Length).Where(i => values[i] > 0).Average(i => (double)grid.Row[i]);
        }

        MeanRow(2f).Should().BeGreaterThan(MeanRow(0f) + 3);
    }

    [Fact]
    public void Bursts_again_every_interval()
    {
        var field = new ExplosionParticles(Interval: 1f, Lifetime: 0.5f);
        Probe.Lit(Probe.Evaluate(field, Probe.AtSeconds(0.75))).Should().Be(0, "the first burst has died");
        Probe.Lit(Probe.Evaluate(field, Probe.AtSeconds(1.25))).Should().BeGreaterThan(50, "the second burst is alive");
    }
}
