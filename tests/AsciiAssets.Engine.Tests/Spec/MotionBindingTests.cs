using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Motion;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Scene.Particles;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Spec;

/// <summary>Motions in the YAML (feature bindings, arcs, keyframes): what binds, and every error with its code, position and text.</summary>
public class MotionBindingTests
{
    private const string Fire = """
        size: 160x90
        fps: 12
        scenes:
          - name: one
            start: 0s
            end: 2s
            layers:
              - field:
                  type: fire
                  height: { feature: rms, min: 0.2, max: 1.2 }
        """;

    private const string Arc = """
        size: 160x90
        fps: 12
        scenes:
          - name: one
            start: 0s
            end: 2s
            layers:
              - field: plasma
                opacity: { from: 0.2, to: 0.9, ease: in_out_cubic }
        """;

    private static readonly string Keys = Arc.Replace("{ from: 0.2, to: 0.9, ease: in_out_cubic }", "{ keys: { 0s: 0.2, 1.5s: 0.9, 2s: 0.4 }, ease: out_expo }");

    private static readonly string SpecPath = Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml");

    public static TheoryData<string, string> Errors => new()
    {
        { Fire.Replace("feature: rms", "feature: bas"), "(10,30): error AA1003: Unknown feature 'bas'. Did you mean 'bass'?" },
        { Fire.Replace("feature: rms", "feature: loudness"), "(10,30): error AA1003: Unknown feature 'loudness'." },
        { Fire.Replace("max: 1.2", "mx: 1.2"), "(10,45): error AA1002: Unknown key 'mx' in the binding of 'height'. Did you mean 'max'?" },
        { Fire.Replace("max: 1.2", "max: 2"), "(10,50): error AA1006: 'height.max' is 2; it must be between 0.05 and 1.5." },
        { Fire.Replace("min: 0.2", "min: 0"), "(10,40): error AA1006: 'height.min' is 0; it must be between 0.05 and 1.5." },
        { Fire.Replace("max: 1.2", "max: high"), "(10,50): error AA1004: 'height.max' must be a number, not 'high'." },
        { Fire.Replace("feature: rms, ", ""), "(10,19): error AA1005: The binding of 'height' needs 'feature'." },
        { Fire.Replace(", max: 1.2", ""), "(10,19): error AA1005: The binding of 'height' needs 'max'." },
        { Fire.Replace("feature: rms", "feature: [rms, bass]"), "(10,30): error AA1004: 'height.feature' must be one of rms, sub, bass, low_mid, mid, high_mid, high, centroid, flux, beat, beat_decay, flatness, low_ratio, mid_ratio, high_ratio, not a list." },
        { Fire.Replace("type: fire", "type: matrix_rain").Replace("height:", "speed:").Replace("max: 1.2", "max: 1"),
            "(10,18): error AA1026: 'speed' of field 'matrix_rain' cannot move per frame: each drop's speed is laid out once when the field is built." },
        { Arc.Replace("opacity: { from: 0.2, to: 0.9, ease: in_out_cubic }", "hold: { from: 1, to: 3 }"),
            "(9,15): error AA1026: 'hold' of layer cannot move per frame: the frames a layer is drawn on are fixed for its scene." },
        { Fire + "\n    shaders:\n      - { type: vignette, strength: { feature: bass, max: 1 } }",
            "(12,37): error AA1026: 'strength' of shader 'vignette' cannot move per frame: the falloff map is computed once; bind 'mix' to fade the shader instead." },
        { Fire.Replace("    layers:", "    gamma: { feature: rms, max: 1 }\n    layers:"), "(7,12): error AA1004: 'gamma' must be a number, not a mapping." },
        { Fire.Replace("fps: 12", "fps: 12\ntempo: 1000"), "(3,8): error AA1006: 'tempo' is 1000; it must be between 20 and 400." },
        { Arc.Replace("in_out_cubic", "in_out_cubc"), "(9,46): error AA1003: Unknown easing 'in_out_cubc'. Did you mean 'in_out_cubic'?" },
        { Arc.Replace("ease: in_out_cubic", "ease: [in_quad]"), "(9,46): error AA1004: 'opacity.ease' must be one of linear, in_quad, out_quad, in_out_quad, in_cubic, out_cubic, in_out_cubic, in_expo, out_expo, elastic, bounce, not a list." },
        { Arc.Replace("from: 0.2", "fro: 0.2"), "(9,20): error AA1002: Unknown key 'fro' in the arc of 'opacity'. Did you mean 'from'?" },
        { Arc.Replace(", to: 0.9", ""), "(9,18): error AA1005: The arc of 'opacity' needs 'to'." },
        { Arc.Replace("to: 0.9", "to: 1.5"), "(9,35): error AA1006: 'opacity.to' is 1.5; it must be between 0 and 1." },
        { Arc.Replace("to: 0.9", "to: lots"), "(9,35): error AA1004: 'opacity.to' must be a number, not 'lots'." },
        { Arc.Replace("ease: in_out_cubic", "start: 1 second"), "(9,47): error AA1009: '1 second' is not a time; write e.g. 2.5s, 1m20s, 500ms, 48f or a number of seconds." },
        { Arc.Replace("ease: in_out_cubic", "start: 1.5s, end: 1s"), "(9,58): error AA1051: The arc of 'opacity' ends at 1s, not after its start 1.5s." },
        { Arc.Replace("ease: in_out_cubic", "end: 0s"), "(9,45): error AA1051: The arc of 'opacity' ends at 0s, not after its start 0s." },
        { Arc.Replace("fps: 12\n", "").Replace("ease: in_out_cubic", "start: 6f"), "(8,47): error AA1025: '6f' is given in frames, so the spec needs 'fps' (otherwise its meaning would change with the quality profile)." },
        { Keys.Replace("2s: 0.4", "1s: 0.4"), "(9,48): error AA1052: Keyframe 1s of 'opacity' is not after the keyframe before it, 1.5s." },
        { Keys.Replace("1.5s: 0.9", "0ms: 0.9"), "(9,37): error AA1052: Keyframe 0ms of 'opacity' is not after the keyframe before it, 0s." },
        { Keys.Replace("fps: 12\n", "").Replace("1.5s:", "18f:"), "(8,37): error AA1025: '18f' is given in frames, so the spec needs 'fps' (otherwise its meaning would change with the quality profile)." },
        { Keys.Replace("{ 0s: 0.2, 1.5s: 0.9, 2s: 0.4 }", "{}"), "(9,26): error AA1019: 'opacity.keys' needs at least one entry." },
        { Keys.Replace("{ 0s: 0.2, 1.5s: 0.9, 2s: 0.4 }", "[0.2, 0.9]"), "(9,26): error AA1004: 'opacity.keys' must be a mapping, not a list." },
        { Keys.Replace("1.5s:", "soon:"), "(9,37): error AA1009: 'soon' is not a time; write e.g. 2.5s, 1m20s, 500ms, 48f or a number of seconds." },
        { Keys.Replace("1.5s: 0.9", "1.5s: 2"), "(9,43): error AA1006: 'opacity.keys[1.5s]' is 2; it must be between 0 and 1." },
        { Keys.Replace("ease: out_expo", "eas: out_expo"), "(9,59): error AA1002: Unknown key 'eas' in the keyframes of 'opacity'. Did you mean 'ease'?" },
        { Arc.Replace("{ from: 0.2, to: 0.9, ease: in_out_cubic }", "{ ease: bounce }"), "(9,18): error AA1050: The mapping for 'opacity' is not a motion; write a number, { feature, min, max }, { from, to, ease } or { keys, ease }." },
        { Arc.Replace("{ from: 0.2, to: 0.9, ease: in_out_cubic }", "{ feature: bass, max: { keys: { 0s: 0.2, 1s: 3 } } }"), "(9,63): error AA1006: 'opacity.max.keys[1s]' is 3; it must be between 0 and 1." },
        { Arc.Replace("{ from: 0.2, to: 0.9, ease: in_out_cubic }", "{ feature: bass, max: { fro: 1 } }"), "(9,40): error AA1050: The mapping for 'opacity.max' is not a motion; write a number, { feature, min, max }, { from, to, ease } or { keys, ease }." },
        { Arc + "\n    shaders:\n      - { type: vignette, strength: { from: 0, to: 1 } }",
            "(11,37): error AA1026: 'strength' of shader 'vignette' cannot move per frame: the falloff map is computed once; bind 'mix' to fade the shader instead." },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_code_position_and_message(string yaml, string expected)
    {
        var act = () => TestRender.Parse(yaml);

        var error = act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First();
        error.ToString().Should().Be(SpecPath + expected);
    }

    [Fact]
    public void Reports_every_binding_error_of_a_spec_at_once()
    {
        var yaml = Fire.Replace("feature: rms", "feature: bas").Replace("max: 1.2", "max: 9");
        var act = () => TestRender.Parse(yaml);

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Select(d => d.Code).Should().Equal("AA1003", "AA1006");
    }

    [Fact]
    public void A_binding_is_attached_to_the_record_and_the_record_holds_the_value_at_feature_0()
    {
        var spec = TestRender.Parse(Fire).Spec;
        var fire = (FireField)spec.Scenes[0].Layers[0].Field!;

        fire.Height.Should().Be(0.2f);
        var motion = MovingParameters.Of(fire).Should().ContainSingle().Subject;
        motion.Parameter.Name.Should().Be("height");
        motion.Value.Should().Be(new FeatureValue(AudioFeature.Rms, new FixedValue(0.2f), new FixedValue(1.2f)));
        MovingParameters.UseAudioFeatures(spec).Should().BeTrue();
        MovingParameters.UseAudioFeatures(TestRender.Parse(Fire.Replace("height: { feature: rms, min: 0.2, max: 1.2 }", "height: 0.5")).Spec).Should().BeFalse();
    }

    [Fact]
    public void Min_defaults_to_the_parameters_default()
    {
        var fire = TestRender.Parse(Fire.Replace("min: 0.2, ", "")).Spec.Scenes[0].Layers[0].Field!;

        ((FeatureValue)MovingParameters.Of(fire).Single().Value).Min.Should().Be(new FixedValue(0.6f), "fire's default height");
    }

    [Fact]
    public void Layers_opacity_shader_mix_colours_and_whole_numbers_can_follow_features()
    {
        var spec = TestRender.Parse(Fire.Replace("type: fire", "type: spiral").Replace("height: { feature: rms, min: 0.2, max: 1.2 }", "arms: { feature: beat, min: 2, max: 6 }") + """

                color: { type: hue, offset: { feature: centroid, min: 0, max: 0.5 } }
                opacity: { feature: beat_decay, min: 0.3, max: 1 }
            shaders:
              - { type: bloom, strength: 2, mix: { feature: bass, min: 0, max: 1 } }
        """).Spec;
        var layer = spec.Scenes[0].Layers[0];

        MovingParameters.Of(layer.Field!).Single().Should().Match<ParameterMotion>(m => m.Parameter.Name == "arms" && m.Value == new FeatureValue(AudioFeature.Beat, new FixedValue(2), new FixedValue(6)));
        ((FeatureValue)MovingParameters.Of(layer.Color!).Single().Value).Feature.Should().Be(AudioFeature.Centroid);
        MovingParameters.Of(layer).Single().Should().Match<ParameterMotion>(m => m.Parameter.Name == "opacity" && ((FeatureValue)m.Value).Feature == AudioFeature.BeatDecay);
        var bloom = (BloomShader)spec.Scenes[0].Shaders![0];
        (bloom.Strength, bloom.Mix).Should().Be((2f, 0f));
        MovingParameters.Of(bloom).Single().Parameter.Name.Should().Be("mix");
    }

    [Fact]
    public void An_explosion_on_beats_uses_features_and_tempo_defaults_to_120()
    {
        var spec = TestRender.Parse(Fire.Replace("type: fire", "type: explosion").Replace("height: { feature: rms, min: 0.2, max: 1.2 }", "trigger: beat")).Spec;

        ((ExplosionParticles)spec.Scenes[0].Layers[0].Field!).Trigger.Should().Be(ExplosionTrigger.Beat);
        MovingParameters.UseAudioFeatures(spec).Should().BeTrue();
        spec.Tempo.Should().Be(120);
    }

    [Fact]
    public void An_arc_binds_with_its_easing_and_the_record_holds_its_start()
    {
        var layer = TestRender.Parse(Arc).Spec.Scenes[0].Layers[0];

        layer.Opacity.Should().Be(0.2f);
        MovingParameters.Of(layer).Single().Value.Should().Be(new ArcValue(new FixedValue(0.2f), new FixedValue(0.9f), Easing.InOutCubic, null, null));
    }

    [Fact]
    public void An_arc_from_defaults_to_the_parameters_default_and_takes_times_inside_the_scene()
    {
        var layer = TestRender.Parse(Arc.Replace("from: 0.2, ", "").Replace("ease: in_out_cubic", "start: 500ms, end: 12f")).Spec.Scenes[0].Layers[0];

        var arc = (ArcValue)MovingParameters.Of(layer).Single().Value;
        (arc.From, arc.Ease, arc.Start?.Seconds, arc.End?.Frames).Should().Be((new FixedValue(1f), Easing.Linear, 0.5, 12));
    }

    [Fact]
    public void Keyframes_bind_in_order_and_the_record_holds_the_first_value()
    {
        var layer = TestRender.Parse(Keys).Spec.Scenes[0].Layers[0];

        layer.Opacity.Should().Be(0.2f);
        var keys = (KeyframeValue)MovingParameters.Of(layer).Single().Value;
        keys.Ease.Should().Be(Easing.OutExpo);
        keys.Keys.Select(k => (k.Time.ToString(), k.Value)).Should().Equal(("0s", new FixedValue(0.2f)), ("1.5s", new FixedValue(0.9f)), ("2s", new FixedValue(0.4f)));
    }

    [Fact]
    public void Motions_nest_a_keyframed_range_scaled_by_a_feature()
    {
        var spec = TestRender.Parse(Arc.Replace("{ from: 0.2, to: 0.9, ease: in_out_cubic }", "{ feature: bass, min: 0, max: { keys: { 0s: 0.5, 1s: 1 } } }")).Spec;
        var layer = spec.Scenes[0].Layers[0];

        var feature = (FeatureValue)MovingParameters.Of(layer).Single().Value;
        feature.Max.Should().BeOfType<KeyframeValue>().Which.Keys.Should().HaveCount(2);
        MovingParameters.UseAudioFeatures(spec).Should().BeTrue();
        MovingParameters.UseAudioFeatures(TestRender.Parse(Keys).Spec).Should().BeFalse("keyframes alone need no audio analysis");
    }
}
