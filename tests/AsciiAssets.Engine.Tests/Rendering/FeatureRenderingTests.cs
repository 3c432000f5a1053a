using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

/// <summary>Rendering with parameters bound to features: beat-driven motion, the examples, determinism, no per-frame allocation.</summary>
public class FeatureRenderingTests
{
    private const double Fps = 24;

    /// <summary>The three examples on one scene: fire height follows RMS, an explosion on each beat, bloom grows with bass.</summary>
    private static string Music(string audio) => $"""
        size: 192x108
        fps: 24
        seed: 11
        audio: {audio}
        scenes:
          - start: 0s
            end: 4s
            layers:
              - field: {"{"} type: fire, height: {"{"} feature: rms, min: 0.1, max: 1.0 {"}"} {"}"}
                grid: md
                color: {"{"} type: palette, name: fire, smooth: true {"}"}
              - field: {"{"} type: explosion, trigger: beat, lifetime: 0.3, count: 400 {"}"}
                grid: sm
                blend: add
            shaders:
              - {"{"} type: bloom, strength: 2, mix: {"{"} feature: bass, min: 0, max: 1 {"}"} {"}"}
            feedback: {"{"} decay: 0.6, opacity: 0.4 {"}"}
        """;

    private static RenderPlan Plan(string yaml) => TestRender.Plan(yaml, QualityName.Production);

    [Fact]
    public void Frames_on_beats_differ_from_the_features_off_render()
    {
        var plan = Plan(Music(TestAudio.Clicks(120)));
        var off = plan with { Features = AudioFeatures.None };
        var beats = FeatureAnalysis.Resolve(plan).BeatFrames.ToArray();

        beats.Should().HaveCount(8, "eight clicks in four seconds");
        foreach (var beat in beats)
        {
            TestRender.Frame(plan, beat).Should().NotEqual(TestRender.Frame(off, beat), $"frame {beat} is on a beat");
        }
    }

    [Fact]
    public void An_explosion_bursts_on_each_beat_and_is_gone_before_the_next()
    {
        var plan = Plan(Music(TestAudio.Clicks(120)).Replace("height: { feature: rms, min: 0.1, max: 1.0 }", "height: 0.05").Replace("feedback: { decay: 0.6, opacity: 0.4 }", ""));
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        double Mean(int f)
        {
            renderer.Render(f, frame);
            return frame.Pixels.ToArray().Average(b => (double)b);
        }

        foreach (var beat in renderer.Features.BeatFrames.ToArray().Where(b => b + 10 < plan.FrameCount))
        {
            Mean(beat + 1).Should().BeGreaterThan(Mean(beat + 10) + 2, $"sparks right after the beat at frame {beat}, none 0.4 s later");
        }
    }

    [Fact]
    public void Fire_height_follows_the_loudness()
    {
        // Silent for a second, then loud.
        var audio = TestAudio.Make("step", "aevalsrc='gte(t,1)*0.8*sin(2*PI*300*t)':s=44100:d=4");
        var plan = Plan(Music(audio).Replace("trigger: beat, lifetime: 0.3, count: 400", "count: 1"));
        double LitRows(int f) => TestRender.Frame(plan, f).Chunk(plan.Width * 3).Count(row => row.Any(b => b > 60));

        LitRows(72).Should().BeGreaterThan(LitRows(18) + 20, "the flames are taller when the music is loud");
    }

    [Fact]
    public void Bloom_grows_with_the_bass()
    {
        // Synthetic features at 120 bpm: the bass envelope peaks on every beat.
        const string Spec = """
            size: 192x108
            fps: 24
            tempo: 120
            scenes:
              - start: 0s
                end: 2s
                layers:
                  - field: plasma
                    palette: dense
                shaders:
                  - { type: bloom, threshold: 60, strength: 3, mix: { feature: bass, min: 0, max: 1 } }
            """;
        var bound = Plan(Spec);
        var features = FeatureAnalysis.Resolve(bound);
        var none = Plan(Spec.Replace(", mix: { feature: bass, min: 0, max: 1 }", ", mix: 0"));
        var full = Plan(Spec.Replace(", mix: { feature: bass, min: 0, max: 1 }", ""));

        features.Source.Should().Be("120 bpm (synthetic)");
        features.Value(AudioFeature.Bass, 12).Should().BeGreaterThan(features.Value(AudioFeature.Bass, 20));
        double Glow(RenderPlan plan, int f) => TestRender.Mean(TestRender.Frame(plan, f)) - TestRender.Mean(TestRender.Frame(none, f));
        Glow(bound, 12).Should().BeGreaterThan(Glow(bound, 20) + 1, "more glow on the beat than between beats");
        Glow(bound, 12).Should().BeLessThanOrEqualTo(Glow(full, 12) + 0.01);
        var unshaded = Plan(Spec[..Spec.IndexOf("    shaders:", StringComparison.Ordinal)]);
        TestRender.Frame(none, 5).Should().Equal(TestRender.Frame(unshaded, 5), "mix 0 leaves the frame alone");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.3)]
    [InlineData(0.999)]
    public void A_shaders_mix_blends_the_frames_before_and_after_it_exactly(double mix)
    {
        var dry = TestRender.Frame(Plan(TestRender.LayerSpec("field: plasma", size: "98x54")), 7);
        var wet = TestRender.Frame(Plan(TestRender.LayerSpec("field: plasma", "shaders: [{ type: vignette, strength: 1.5 }]", "98x54")), 7);
        var mixed = TestRender.Frame(Plan(TestRender.LayerSpec("field: plasma", $"shaders: [{{ type: vignette, strength: 1.5, mix: {mix.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}]", "98x54")), 7);
        var weight = (int)(mix * 256 + 0.5);

        wet.Should().NotEqual(dry);
        mixed.Should().Equal(dry.Zip(wet, (d, w) => (byte)((d * (256 - weight) + w * weight) >> 8)));
    }

    [Fact]
    public void The_same_spec_gives_the_same_features_and_frames_on_every_run()
    {
        var yaml = Music(TestAudio.Clicks(120));
        var first = Plan(yaml);
        var second = Plan(yaml);

        FeatureAnalysis.Resolve(second).Digest().Should().Be(FeatureAnalysis.Resolve(first).Digest());
        var fresh = TestAudio.Features(TestAudio.Clicks(120), Fps, first.FrameCount);
        fresh.Digest().Should().Be(FeatureAnalysis.Resolve(first).Digest(), "a new decode and analysis gives the same bits");
        foreach (var f in new[] { 0, 12, 13, 47 })
        {
            TestRender.Hash(TestRender.Frame(second, f)).Should().Be(TestRender.Hash(TestRender.Frame(first, f)));
        }
    }

    [Fact]
    public void A_frame_rendered_out_of_order_equals_the_frame_rendered_in_order()
    {
        var plan = Plan(Music(TestAudio.Clicks(120)));
        byte[] inOrder;
        using (var renderer = new FrameRenderer(plan))
        using (var frame = new FrameBuffer(plan.Width, plan.Height))
        {
            for (var f = 0; f <= 40; f++)
            {
                renderer.Render(f, frame);
            }

            inOrder = frame.Pixels.ToArray();
        }

        TestRender.Frame(plan, 40).Should().Equal(inOrder, "bound parameters are set per frame, also in the feedback replay");
    }

    [Fact]
    public void Workers_share_the_features_and_never_write_the_specs_records()
    {
        var plan = Plan(Music(TestAudio.Clicks(120)));
        var attached = plan with { Features = FeatureAnalysis.Resolve(plan) };
        var fire = (AsciiAssets.Scene.Fields.FireField)plan.Spec.Scenes[0].Layers[0].Field!;
        using var a = new FrameRenderer(attached);
        using var b = new FrameRenderer(attached);
        using var frame = new FrameBuffer(plan.Width, plan.Height);

        a.Render(24, frame);
        b.Render(36, frame);

        a.Features.Should().BeSameAs(b.Features);
        fire.Height.Should().Be(0.1f, "each worker rewrites its own copy");
    }

    [Fact]
    public void Allocates_nothing_per_frame_with_bound_parameters()
    {
        var music = Music(TestAudio.Clicks(120));
        var plan = Plan(music.Replace("    shaders:", """
                  - field: { type: spiral, arms: { feature: beat, min: 2, max: 5 } }
                    color: { type: hue, offset: { feature: centroid, min: 0, max: 0.5 } }
                    blend: screen
                    opacity: { feature: beat_decay, min: 0.2, max: 0.8 }
                shaders:
            """));
        plan.Scenes[0].Spec.Layers.Should().HaveCount(3);
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(0, frame);
        renderer.Render(1, frame);

        Probe.Allocated(() =>
        {
            for (var f = 2; f < 30; f++)
            {
                renderer.Render(f, frame);
            }
        }).Should().Be(0);
    }
}
