using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class FireFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: fire");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "a33297ab71e88145")]
    [InlineData(14, "7bbeaf4109083afc")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Burns_from_the_bottom_up()
    {
        const int Columns = 60;
        const int Rows = 40;
        foreach (var frame in new[] { 0, 13, 77 })
        {
            var values = Probe.Evaluate(new FireField(), Probe.At(frame), Columns, Rows);
            var bottom = Probe.RowMean(values, Columns, Rows - 5, Rows);
            var top = Probe.RowMean(values, Columns, 0, 5);
            bottom.Should().BeGreaterThan(0.5);
            top.Should().BeLessThan(0.05);
        }
    }

    [Fact]
    public void Taller_flames_reach_higher()
    {
        const int Columns = 60;
        const int Rows = 40;
        var low = Probe.Evaluate(new FireField(Height: 0.3f), Probe.At(9), Columns, Rows);
        var high = Probe.Evaluate(new FireField(Height: 0.9f), Probe.At(9), Columns, Rows);
        Probe.RowMean(high, Columns, 10, 25).Should().BeGreaterThan(Probe.RowMean(low, Columns, 10, 25) + 0.1);
    }
}
