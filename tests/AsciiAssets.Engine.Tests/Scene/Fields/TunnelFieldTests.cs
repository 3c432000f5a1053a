using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class TunnelFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: tunnel");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "8e62cfa941cdbce5")]
    [InlineData(14, "f9e4583393ebe6e5")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void The_far_end_is_dark_and_the_walls_are_lit()
    {
        var grid = Probe.Grid(80, 40);
        var values = Probe.Evaluate(new TunnelField(), Probe.At(7), 80, 40);
        var centre = Enumerable.Range(0, values.Length).Where(i => grid.NormalizedDistance[i] < 0.03f).Select(i => values[i]).ToArray();
        var walls = Enumerable.Range(0, values.Length).Where(i => grid.NormalizedDistance[i] > 0.5f).Select(i => values[i]).ToArray();
        centre.Should().NotBeEmpty();
        centre.Average().Should().BeLessThan(0.05f);
        walls.Average().Should().BeGreaterThan(0.3f);
    }
}
