using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Motion;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Motion;

/// <summary>What each motion gives at chosen frames of a scene that starts at frame 24 and lasts 25 frames at 12 fps.</summary>
public class MovingValueTests
{
    private const int SceneStart = 24;
    private const int SceneFrames = 25;

    private static FrameTime At(int sceneFrame, AudioFeatures? features = null) => new(SceneStart + sceneFrame, 12, 1, SceneStart, SceneFrames, features);

    private static MovingValue Number(float value) => new FixedValue(value);

    private static TimeValue Time(string text) => TimeValue.TryParse(text, out var time) ? time : throw new ArgumentException(text);

    [Fact]
    public void An_arc_runs_over_the_scenes_progress()
    {
        var arc = new ArcValue(Number(0.2f), Number(0.6f), Easing.Linear, null, null);

        arc.At(At(0)).Should().Be(0.2f);
        arc.At(At(12)).Should().BeApproximately(0.4f, 1e-6f);
        arc.At(At(24)).Should().Be(0.6f, "the scene's last frame");
    }

    [Fact]
    public void An_arc_with_start_and_end_holds_its_ends_outside_them_and_eases_between()
    {
        var arc = new ArcValue(Number(1f), Number(3f), Easing.InQuad, Time("0.5s"), Time("18f"));

        arc.At(At(0)).Should().Be(1f);
        arc.At(At(6)).Should().Be(1f, "0.5 s");
        arc.At(At(12)).Should().Be(1.5f, "half way: in_quad gives a quarter");
        arc.At(At(18)).Should().Be(3f);
        arc.At(At(24)).Should().Be(3f);
    }

    [Fact]
    public void Keyframes_hold_before_the_first_and_after_the_last_and_ease_between_neighbours()
    {
        var keys = new KeyframeValue(new[] { new Keyframe(Time("0.5s"), Number(2f)), new Keyframe(Time("1s"), Number(4f)), new Keyframe(Time("18f"), Number(0f)) }, Easing.OutQuad);

        keys.At(At(0)).Should().Be(2f);
        keys.At(At(6)).Should().Be(2f);
        keys.At(At(9)).Should().Be(3.5f, "out_quad gives three quarters half way");
        keys.At(At(12)).Should().Be(4f);
        keys.At(At(15)).Should().Be(1f);
        keys.At(At(18)).Should().Be(0f);
        keys.At(At(24)).Should().Be(0f);
    }

    [Fact]
    public void A_feature_binding_scales_a_keyframed_range_and_reads_nothing_without_features()
    {
        var features = SyntheticFeatures.Create(120, 12, 100);
        var bass = new FeatureValue(AudioFeature.Bass, Number(0f), new KeyframeValue(new[] { new Keyframe(Time("0s"), Number(1f)), new Keyframe(Time("2s"), Number(3f)) }, Easing.Linear));

        bass.At(At(12, features)).Should().Be((1f + 2f * 12 / 24) * features.Value(AudioFeature.Bass, SceneStart + 12));
        bass.At(At(12)).Should().Be(0f);
    }

    [Fact]
    public void A_parameter_is_clamped_to_its_range_when_the_motion_overshoots()
    {
        var spec = TestRender.Parse(TestRender.LayerSpec("field: plasma\nopacity: { from: 0, to: 1, ease: elastic }")).Spec;
        var motion = MovingParameters.Of(spec.Scenes[0].Layers[0]).Single();
        var times = Enumerable.Range(0, 24).Select(f => new FrameTime(f, 12, 0, 0, 24)).ToArray();

        times.Max(t => motion.Value.At(t)).Should().BeGreaterThan(1f, "elastic overshoots");
        times.Max(t => motion.At(t)).Should().Be(1f);
    }
}
