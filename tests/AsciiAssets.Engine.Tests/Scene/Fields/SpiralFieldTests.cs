using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class SpiralFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: spiral");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "4cc780f75bd77806")]
    [InlineData(14, "abe4ca47f97a587c")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Sharper_arms_are_thinner()
    {
        var soft = Probe.Evaluate(new SpiralField(Sharpness: 1), Probe.At(3));
        var sharp = Probe.Evaluate(new SpiralField(Sharpness: 4), Probe.At(3));
        Probe.Mean(sharp).Should().BeLessThan(Probe.Mean(soft) - 0.1);
    }

    [Fact]
    public void Has_as_many_arms_as_asked()
    {
        // Walk a circle around the centre and count the bright crossings.
        var grid = Probe.Grid(121, 61);
        foreach (var arms in new[] { 2, 5 })
        {
            var values = Probe.Evaluate(new SpiralField(Arms: arms, Sharpness: 1), Probe.At(0), 121, 61);
            var ring = Enumerable.Range(0, values.Length)
                .Where(i => MathF.Abs(grid.Distance[i] - 24f) < 1f)
                .OrderBy(i => grid.Angle[i])
                .Select(i => values[i])
                .ToArray();

            // Count dark-to-bright transitions with hysteresis, so grid noise at an edge counts once.
            var start = Array.FindIndex(ring, v => v < 0.2f);
            var bright = false;
            var crossings = 0;
            for (var k = 0; k < ring.Length; k++)
            {
                var v = ring[(start + k) % ring.Length];
                if (!bright && v > 0.8f)
                {
                    bright = true;
                    crossings++;
                }
                else if (bright && v < 0.2f)
                {
                    bright = false;
                }
            }

            crossings.Should().Be(arms);
        }
    }
}
