using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class ValueNoiseFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: value_noise");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "50702bf6005567d1")]
    [InlineData(14, "e7dc8277d19a7b3c")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Depends_on_the_seed()
    {
        var field = new ValueNoiseField();
        Probe.Evaluate(field, Probe.At(5), seed: 1).Should().NotEqual(Probe.Evaluate(field, Probe.At(5), seed: 2));
    }

    [Fact]
    public void Is_smooth_between_neighbouring_cells()
    {
        const int Columns = 96;
        var values = Probe.Evaluate(new ValueNoiseField(), Probe.At(5), Columns, 54);
        double step = 0;
        var count = 0;
        for (var i = 0; i + 1 < values.Length; i++)
        {
            if ((i + 1) % Columns != 0)
            {
                step += MathF.Abs(values[i + 1] - values[i]);
                count++;
            }
        }

        // Independent random cells would differ by about 1/3 on average.
        (step / count).Should().BeLessThan(0.1);
    }
}
