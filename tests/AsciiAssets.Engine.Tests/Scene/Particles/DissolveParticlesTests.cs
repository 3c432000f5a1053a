using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

public class DissolveParticlesTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: dissolve");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "3878b93a63a37d03")]
    [InlineData(14, "0402b2d90fa33da2")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void The_cloud_comes_apart_over_a_period_and_forms_again()
    {
        var field = new DissolveParticles(Period: 4f);
        var system = (IParticleSystem)Probe.Field(field);
        int Alive(double seconds)
        {
            var f = Probe.Field(field);
            Probe.Evaluate(f, Probe.AtSeconds(seconds), 48 * 27);
            return ((IParticleSystem)f).LastCount;
        }

        Alive(0.5).Should().Be(system.Capacity);
        Alive(2.5).Should().BeLessThan(system.Capacity).And.BeGreaterThan(0);
        Alive(3.9).Should().Be(0);
        Alive(4.5).Should().Be(system.Capacity);
    }

    [Fact]
    public void The_formed_cloud_sits_around_the_centre()
    {
        const int Columns = 96;
        const int Rows = 54;
        var grid = Probe.Grid(Columns, Rows);
        var values = Probe.Evaluate(new DissolveParticles(Glow: 0), Probe.AtSeconds(0.5), Columns, Rows);
        var lit = Enumerable.Range(0, values.Length).Where(i => values[i] > 0).ToArray();
        lit.Average(i => (double)grid.NormalizedDistance[i]).Should().BeLessThan(0.45, "cells spread evenly over the grid average about 0.55");
    }
}
