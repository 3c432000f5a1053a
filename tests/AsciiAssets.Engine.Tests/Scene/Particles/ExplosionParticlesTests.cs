using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Scene.Particles;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Particles;

public class ExplosionParticlesTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: explosion");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 4)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "4032fcff8468419d")]
    [InlineData(14, "6bcbce5ebd97e8aa")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void A_burst_spreads_out_from_its_centre()
    {
        var field = new ExplosionParticles(Scatter: 0, Gravity: 0, Glow: 0);
        var grid = Probe.Grid(96, 54);
        double Spread(double seconds)
        {
            var values = Probe.Evaluate(field, Probe.AtSeconds(seconds), 96, 54);
            return Enumerable.Range(0, values.Length).Where(i => values[i] > 0).Average(i => grid.Distance[i] * values[i]);
        }

        Spread(0.1).Should().BeLessThan(Spread(0.5));
        Spread(0.5).Should().BeLessThan(Spread(1.2));
    }

    [Fact]
    public void Gravity_pulls_the_sparks_down()
    {
        var grid = Probe.Grid(96, 54);
        double MeanRow(float gravity)
        {
            var values = Probe.Evaluate(new ExplosionParticles(Scatter: 0, Gravity: gravity, Glow: 0), Probe.AtSeconds(1.2), 96, 54);
            return Enumerable.Range(0, values.Length).Where(i => values[i] > 0).Average(i => (double)grid.Row[i]);
        }

        MeanRow(2f).Should().BeGreaterThan(MeanRow(0f) + 3);
    }

    [Fact]
    public void Bursts_again_every_interval()
    {
        var field = new ExplosionParticles(Interval: 1f, Lifetime: 0.5f);
        Probe.Lit(Probe.Evaluate(field, Probe.AtSeconds(0.75))).Should().Be(0, "the first burst has died");
        Probe.Lit(Probe.Evaluate(field, Probe.AtSeconds(1.25))).Should().BeGreaterThan(50, "the second burst is alive");
    }

    [Fact]
    public void On_beats_bursts_at_each_beat_frame()
    {
        // 120 bpm at 12 fps: beats at frames 0, 6, 12, …; sparks live 0.3 s (3.6 frames).
        var features = SyntheticFeatures.Create(120, Probe.Fps, 48);
        var field = new ExplosionParticles(Trigger: ExplosionTrigger.Beat, Lifetime: 0.3f);
        FrameTime At(int frame) => Probe.At(frame) with { Features = features };

        features.BeatFrames.ToArray()[..3].Should().Equal(0, 6, 12);
        Probe.Lit(Probe.Evaluate(field, At(7))).Should().BeGreaterThan(20, "a burst at the beat on frame 6");
        Probe.Lit(Probe.Evaluate(field, At(5))).Should().Be(0, "the burst of frame 0 has died, the next beat is at 6");
        Probe.Lit(Probe.Evaluate(field, Probe.At(7) with { Features = null })).Should().Be(0, "no features, no beats");
    }

    [Fact]
    public void On_beats_ignores_beats_before_the_scene_and_needs_no_earlier_frames()
    {
        var features = SyntheticFeatures.Create(120, Probe.Fps, 48);
        var field = new ExplosionParticles(Trigger: ExplosionTrigger.Beat, Lifetime: 1f);
        var inScene = new FrameTime(8, Probe.Fps, 1, 7, 40, features);
        var fromStart = new FrameTime(8, Probe.Fps, 0, 0, 48, features);

        Probe.Lit(Probe.Evaluate(field, inScene)).Should().BeLessThan(Probe.Lit(Probe.Evaluate(field, fromStart)), "the beat at frame 6 belongs to the previous scene");
        var executor = Probe.Field(field);
        var values = new float[48 * 27];
        foreach (var frame in new[] { 30, 2, 19 })
        {
            executor.Evaluate(Probe.At(frame) with { Features = features }, values);
        }

        values.Should().Equal(Probe.Evaluate(field, Probe.At(19) with { Features = features }));
    }
}
