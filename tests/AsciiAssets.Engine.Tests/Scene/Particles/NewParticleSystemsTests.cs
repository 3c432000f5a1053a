using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

/// <summary>Orbit, gravity well, boids, flow followers and trails: golden frames and what each promises to draw.</summary>
public class NewParticleSystemsTests
{
    private const int Columns = 96;
    private const int Rows = 54;

    [Theory]
    [InlineData("orbit", 3, "a5f2072ce3266fc8")]
    [InlineData("orbit", 14, "01e8aa8edc01836a")]
    [InlineData("gravity_well", 3, "46aecd2c009d6541")]
    [InlineData("gravity_well", 14, "390a4adfd24501bd")]
    [InlineData("{ type: boids, count: 60 }", 3, "7a26d53bca898d85")]
    [InlineData("{ type: boids, count: 60 }", 14, "0cb6c809512f51f1")]
    [InlineData("flow", 3, "ad8756bbde9f4469")]
    [InlineData("flow", 14, "8388c6b345300470")]
    [InlineData("trails", 3, "539086683815b0fd")]
    [InlineData("trails", 14, "ce21c15cc6654bda")]
    public void Matches_golden_hash(string field, int frame, string expected) =>
        TestRender.ShouldMatchGolden(TestRender.LayerSpec($"field: {field}\ngrid: sm"), frame, expected);

    [Theory]
    [InlineData("orbit")]
    [InlineData("gravity_well")]
    [InlineData("boids")]
    [InlineData("flow")]
    [InlineData("trails")]
    public void Renders_a_lit_frame(string field) =>
        TestRender.Mean(TestRender.Frame(TestRender.Plan(TestRender.LayerSpec($"field: {field}\ngrid: sm")), 6)).Should().BeGreaterThan(4);

    [Theory]
    [InlineData(1f, 1f)]
    [InlineData(0.25f, 8f)]
    [InlineData(0.04f, 125f)]
    public void Orbit_speeds_follow_keplers_law(float radius, float times) =>
        OrbitParticles.TurnsPerSecond(0.1f, radius).Should().BeApproximately(0.1f * times, 1e-3f * times);

    [Fact]
    public void Gravity_well_particles_gather_where_they_fall_in()
    {
        var grid = Probe.Grid(Columns, Rows);
        var values = Probe.Evaluate(new GravityWellParticles(Wells: 1, Count: 2000, Trail: 0, Glow: 0), Probe.AtSeconds(7), Columns, Rows, tier: AsciiAssets.Plan.ParticleTier.High);
        var maxDistance = grid.Distance.Max();
        double Density(float from, float to)
        {
            var cells = Enumerable.Range(0, values.Length).Where(i => grid.Distance[i] >= from * maxDistance && grid.Distance[i] < to * maxDistance).ToArray();
            return cells.Count(i => values[i] > 0) / (double)cells.Length;
        }

        // Falls start within 0.7 of the half height (about 0.52 to 0.62 of the corner distance here) and end at the centre.
        Density(0.7f, 1f).Should().Be(0);
        Density(0, 0.1f).Should().BeGreaterThan(Density(0.25f, 0.45f), "a fall ends in a tight spiral round the centre");
    }

    [Fact]
    public void Flocking_boids_bunch_up_where_unsteered_ones_spread_out()
    {
        static int Lit(BoidsParticles boids)
        {
            var field = Probe.Field(boids, Columns, Rows);
            var values = new float[Columns * Rows];
            for (var frame = 0; frame < 24; frame++)
            {
                field.Evaluate(Probe.At(frame), values);
            }

            return Probe.Lit(values);
        }

        var flock = Lit(new BoidsParticles(Count: 400, Tail: 0, Separation: 0.2f, Cohesion: 4f, Alignment: 2f));
        var loose = Lit(new BoidsParticles(Count: 400, Tail: 0, Separation: 0, Cohesion: 0, Alignment: 0));
        flock.Should().BeLessThan(loose * 3 / 4, "boids that flock share cells");
    }

    [Fact]
    public void Boids_fly_the_same_with_a_small_and_a_large_neighbour_radius_cell_grid()
    {
        // A radius the size of the grid puts every boid in one hash cell: the spatial hash must still find all neighbours once.
        var small = Probe.Field(new BoidsParticles(Count: 50, Radius: 20f, Warmup: 10), 16, 9);
        var values = new float[16 * 9];
        for (var frame = 0; frame < 10; frame++)
        {
            small.Evaluate(Probe.At(frame), values);
        }

        values.Should().OnlyContain(v => v >= 0 && v <= 1);
        Probe.Lit(values).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Flow_drops_the_oldest_particles_first_when_births_outrun_the_cap()
    {
        var field = Probe.Field(new FlowParticles(Rate: 4000, Lifetime: 30, Trail: 0), Columns, Rows, tier: AsciiAssets.Plan.ParticleTier.Low);
        var values = new float[Columns * Rows];
        for (var frame = 0; frame < 6; frame++)
        {
            field.Evaluate(Probe.At(frame), values);
            // Full to the cap; the few that die in a frame are replaced by the births that frame brings.
            ((IParticleSystem)field).LastCount.Should().BeInRange(480, 500);
        }
    }

    [Fact]
    public void Flow_trails_light_more_cells_than_bare_particles()
    {
        static int Lit(float trail)
        {
            var field = Probe.Field(new FlowParticles(Trail: trail), Columns, Rows);
            var values = new float[Columns * Rows];
            for (var frame = 0; frame < 12; frame++)
            {
                field.Evaluate(Probe.At(frame), values);
            }

            return Probe.Lit(values);
        }

        Lit(1f).Should().BeGreaterThan(2 * Lit(0f));
    }

    [Fact]
    public void Trail_tails_are_continuous_lines_behind_the_heads()
    {
        var heads = Probe.Lit(Probe.Evaluate(new TrailParticles(Count: 4, Length: 0, Glow: 0), Probe.At(30), Columns, Rows));
        var tails = Probe.Lit(Probe.Evaluate(new TrailParticles(Count: 4, Length: 2, Glow: 0), Probe.At(30), Columns, Rows));
        heads.Should().BeLessThanOrEqualTo(4);
        tails.Should().BeGreaterThan(40, "two seconds of path, joined cell by cell");
    }

    private static float Unwrap(float angle) => angle > MathF.PI ? angle - 2 * MathF.PI : angle < -MathF.PI ? angle + 2 * MathF.PI : angle;
}
