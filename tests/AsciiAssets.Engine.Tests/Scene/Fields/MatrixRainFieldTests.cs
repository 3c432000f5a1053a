using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class MatrixRainFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: matrix_rain");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "4d6bb82a36a5db0a")]
    [InlineData(14, "c7cbddb35c6d4aa9")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void A_frame_differs_from_the_next()
    {
        var plan = TestRender.Plan(Spec);
        TestRender.Frame(plan, 10).Should().NotEqual(TestRender.Frame(plan, 11));
    }

    [Fact]
    public void Drops_fall_down_with_the_brightest_cell_at_the_head()
    {
        const int Columns = 30;
        const int Rows = 40;
        var field = new MatrixRainField(Flicker: 0, Drops: 1, Trail: 0.3f);
        var before = Probe.Evaluate(field, Probe.At(20), Columns, Rows);
        var after = Probe.Evaluate(field, Probe.At(21), Columns, Rows);
        var moved = 0;
        for (var c = 0; c < Columns; c++)
        {
            var headBefore = Head(before, c);
            var headAfter = Head(after, c);
            if (headBefore > 0 && headAfter > 0 && headBefore < Rows - 1)
            {
                headAfter.Should().BeGreaterThanOrEqualTo(headBefore, $"column {c} falls downward");
                moved += headAfter > headBefore ? 1 : 0;
            }
        }

        moved.Should().BeGreaterThan(0);

        static int Head(float[] values, int column)
        {
            for (var r = Rows - 1; r >= 0; r--)
            {
                if (values[r * Columns + column] == 1f)
                {
                    return r;
                }
            }

            return -1;
        }
    }
}
