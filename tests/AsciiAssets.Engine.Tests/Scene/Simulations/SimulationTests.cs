using AsciiAssets.Frames;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Scene.Simulations;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Simulations;

public class SimulationTests
{
    [Theory]
    [InlineData(ReactionPreset.Spots, 0.055f, 0.062f)]
    [InlineData(ReactionPreset.Worms, 0.046f, 0.063f)]
    [InlineData(ReactionPreset.Coral, 0.037f, 0.060f)]
    [InlineData(ReactionPreset.Mitosis, 0.028f, 0.062f)]
    [InlineData(ReactionPreset.Labyrinth, 0.029f, 0.057f)]
    [InlineData(ReactionPreset.Holes, 0.039f, 0.058f)]
    [InlineData(ReactionPreset.Chaos, 0.026f, 0.051f)]
    public void Presets_have_the_reference_feed_and_kill_rates(ReactionPreset preset, float feed, float kill) =>
        ReactionDiffusionField.Rates(preset).Should().Be((feed, kill));

    [Theory]
    [InlineData(AutomatonRule.Life, "3", "23")]
    [InlineData(AutomatonRule.Coral, "3", "45678")]
    [InlineData(AutomatonRule.Maze, "3", "12345")]
    [InlineData(AutomatonRule.Anneal, "4678", "35678")]
    [InlineData(AutomatonRule.DayNight, "3678", "34678")]
    public void Rules_are_the_reference_birth_and_survival_counts(AutomatonRule rule, string birth, string survive)
    {
        static int Mask(string counts) => counts.Aggregate(0, (mask, digit) => mask | (1 << (digit - '0')));
        CellularAutomatonField.Masks(rule).Should().Be((Mask(birth), Mask(survive)));
    }

    [Fact]
    public void An_empty_automaton_without_sparks_stays_dark_and_sparks_light_it()
    {
        var dark = Probe.Field(new CellularAutomatonField(Density: 0, Sparks: 0));
        var lit = Probe.Field(new CellularAutomatonField(Density: 0, Sparks: 0.05f));
        var values = new float[48 * 27];
        for (var frame = 0; frame < 12; frame++)
        {
            dark.Evaluate(Probe.At(frame), values);
        }

        values.Should().OnlyContain(v => v == 0f);
        for (var frame = 0; frame < 12; frame++)
        {
            lit.Evaluate(Probe.At(frame), values);
        }

        Probe.Lit(values).Should().BeGreaterThan(20);
    }

    [Fact]
    public void Dead_cells_fade_by_the_fade_factor_each_generation()
    {
        // At 12 generations per second and 12 fps, one generation per frame: a cell that died keeps fade^age.
        var field = Probe.Field(new CellularAutomatonField(Rate: 12, Fade: 0.5f, Sparks: 0));
        var values = new float[48 * 27];
        field.Evaluate(Probe.At(0), values);
        var powers = Enumerable.Range(0, 40).Select(n => MathF.Pow(0.5f, n)).Append(0f).ToHashSet();
        values.Should().OnlyContain(v => powers.Contains(v));
    }

    [Fact]
    public void The_simulation_runs_at_its_rate_whatever_the_fps()
    {
        // 24 steps per second: two frames at 12 fps are the same 4 steps as four frames at 24 fps.
        var at12 = Probe.Field(new ReactionDiffusionField(Speed: 24, Warmup: 50));
        var at24 = Probe.Field(new ReactionDiffusionField(Speed: 24, Warmup: 50));
        var a = new float[48 * 27];
        var b = new float[48 * 27];
        for (var f = 0; f < 2; f++)
        {
            at12.Evaluate(new FrameTime(f, 12, 0, 0, 100), a);
        }

        for (var f = 0; f < 4; f++)
        {
            at24.Evaluate(new FrameTime(f, 24, 0, 0, 100), b);
        }

        a.Should().Equal(b);
    }

    [Fact]
    public void The_attractor_bins_its_points_into_a_figure_with_a_brightest_cell()
    {
        var values = Probe.Evaluate(new AttractorField(), Probe.At(5));
        Probe.Lit(values).Should().BeInRange(100, 48 * 27 * 3 / 4);
        values.Max().Should().Be(1f);
    }
}
