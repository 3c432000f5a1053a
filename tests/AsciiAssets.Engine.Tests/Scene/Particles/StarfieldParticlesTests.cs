using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

public class StarfieldParticlesTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: starfield");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "acccdc8bdb938b39")]
    [InlineData(14, "06b3c62447dc76f5")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Stars_move_outward_from_the_centre()
    {
        // A single star, followed over a short time: its distance from the centre grows.
        const int Columns = 192;
        const int Rows = 108;
        var grid = Probe.Grid(Columns, Rows);
        var field = new StarfieldParticles(Count: 1, Speed: 0.1f, Streak: 0, Glow: 0);
        var runs = new List<List<float>> { new() };
        for (var frame = 0; frame < 240; frame++)
        {
            var values = Probe.Evaluate(field, Probe.At(frame), Columns, Rows);
            var cell = Array.FindIndex(values, v => v > 0);
            if (cell >= 0)
            {
                runs[^1].Add(grid.Distance[cell]);
            }
            else if (runs[^1].Count > 0)
            {
                runs.Add(new List<float>());
            }
        }

        // While the star is in view it only ever moves away from the centre.
        runs.Should().Contain(run => run.Count >= 5);
        foreach (var run in runs)
        {
            run.Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void Streaks_light_more_cells()
    {
        var dots = Probe.Evaluate(new StarfieldParticles(Streak: 0, Glow: 0), Probe.At(12), 96, 54);
        var streaks = Probe.Evaluate(new StarfieldParticles(Streak: 1, Glow: 0), Probe.At(12), 96, 54);
        Probe.Lit(streaks).Should().BeGreaterThan(Probe.Lit(dots));
    }
}
