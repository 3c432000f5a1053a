using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

public class EmbersParticlesTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: embers");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "7fff14e4b5644697")]
    [InlineData(14, "617f9786248e443c")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Is_already_burning_on_the_first_frame()
    {
        Probe.Lit(Probe.Evaluate(new EmbersParticles(), Probe.At(0))).Should().BeGreaterThan(100);
    }

    [Fact]
    public void Embers_gather_near_the_bottom_and_thin_out_upward()
    {
        const int Columns = 96;
        const int Rows = 54;
        var values = Probe.Evaluate(new EmbersParticles(Glow: 0), Probe.At(30), Columns, Rows);
        var bottom = Probe.Lit(values.AsSpan((Rows - 18) * Columns, 18 * Columns));
        var top = Probe.Lit(values.AsSpan(0, 18 * Columns));
        bottom.Should().BeGreaterThan(top * 2);
    }

    [Fact]
    public void Embers_rise()
    {
        const int Columns = 96;
        const int Rows = 54;
        var grid = Probe.Grid(Columns, Rows);
        // One ember a second, each gone within a second: follow the one born at 10 s.
        var field = new EmbersParticles(Rate: 1f, Lifetime: 0.95f, Wind: 0, Sway: 0, Glow: 0);
        static int Row(float[] values, AsciiAssets.Grids.Grid grid) => (int)grid.Row[Array.FindIndex(values, v => v > 0)];
        var early = Row(Probe.Evaluate(field, Probe.AtSeconds(10.1), Columns, Rows), grid);
        var later = Row(Probe.Evaluate(field, Probe.AtSeconds(10.4), Columns, Rows), grid);
        later.Should().BeLessThan(early);
    }
}
