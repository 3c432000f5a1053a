using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class RingsFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: rings");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "a171c3b51a1c865a")]
    [InlineData(14, "f24086dcbf58cd7b")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Without_wobble_depends_only_on_distance_from_the_centre()
    {
        const int Columns = 41;
        const int Rows = 21;
        var values = Probe.Evaluate(new RingsField(Wobble: 0), Probe.At(9), Columns, Rows);
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                // Point reflection through the centre keeps the distance.
                var mirrored = (Rows - 1 - r) * Columns + (Columns - 1 - c);
                values[r * Columns + c].Should().BeApproximately(values[mirrored], 1e-4f);
            }
        }
    }

    [Fact]
    public void Rings_move_outward()
    {
        // A ring crest at distance d at time t is found further out a little later.
        var field = new RingsField(Wobble: 0, Scale: 0.5f);
        var grid = Probe.Grid(81, 41);
        var early = Probe.Evaluate(field, Probe.At(0), 81, 41);
        var later = Probe.Evaluate(field, Probe.At(1), 81, 41);
        var centreRow = 20 * 81;
        var peakEarly = Enumerable.Range(41, 25).MaxBy(c => early[centreRow + c]);
        var peakLater = Enumerable.Range(peakEarly, 10).MaxBy(c => later[centreRow + c]);
        grid.Distance[centreRow + peakLater].Should().BeGreaterThan(grid.Distance[centreRow + peakEarly]);
    }
}
