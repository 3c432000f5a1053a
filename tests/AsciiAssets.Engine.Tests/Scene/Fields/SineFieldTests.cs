using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class SineFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: sine_field");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "640fb9809264725b")]
    [InlineData(14, "f541b1021966fd3d")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Stands_still_at_speed_zero()
    {
        var field = new SineField(Speed: 0);
        Probe.Evaluate(field, Probe.At(0)).Should().Equal(Probe.Evaluate(field, Probe.At(50)));
    }

    [Fact]
    public void Spans_most_of_the_value_range()
    {
        var values = Probe.Evaluate(new SineField(), Probe.At(5), columns: 120, rows: 60);
        values.Min().Should().BeLessThan(0.2f);
        values.Max().Should().BeGreaterThan(0.8f);
    }
}
