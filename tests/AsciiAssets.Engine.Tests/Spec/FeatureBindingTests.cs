using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Scene.Particles;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Spec;

/// <summary>The `{ feature, min, max }` form of numeric parameters: what binds, and every error with its code and position.</summary>
public class FeatureBindingTests
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
        { Fire.Replace("feature: rms", "feature: [rms, bass]"), "(10,30): error AA1004: 'height.feature' must be one of rms, sub, bass, low_mid, mid, high_mid, high, centroid, flux, beat, beat_decay, not a list." },
        { Fire.Replace("type: fire", "type: matrix_rain").Replace("height:", "speed:").Replace("max: 1.2", "max: 1"),
            "(10,18): error AA1026: 'speed' of field 'matrix_rain' cannot follow a feature: each drop's speed is laid out once when the field is built." },
        { Fire + "\n    shaders:\n      - { type: vignette, strength: { feature: bass, max: 1 } }",
            "(12,37): error AA1026: 'strength' of shader 'vignette' cannot follow a feature: the falloff map is computed once; bind 'mix' to fade the shader instead." },
        { Fire.Replace("    layers:", "    gamma: { feature: rms, max: 1 }\n    layers:"), "(7,12): error AA1004: 'gamma' must be a number, not a mapping." },
        { Fire.Replace("fps: 12", "fps: 12\ntempo: 1000"), "(3,8): error AA1006: 'tempo' is 1000; it must be between 20 and 400." },
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
        var fire = (FireField)spec.Scenes[0].Layers[0].Field;

        fire.Height.Should().Be(0.2f);
        var binding = FeatureBindings.Of(fire).Should().ContainSingle().Subject;
        (binding.Key, binding.Feature, binding.Min, binding.Max).Should().Be(("height", AudioFeature.Rms, 0.2f, 1.2f));
        FeatureBindings.AreUsedBy(spec).Should().BeTrue();
        FeatureBindings.AreUsedBy(TestRender.Parse(Fire.Replace("height: { feature: rms, min: 0.2, max: 1.2 }", "height: 0.5")).Spec).Should().BeFalse();
    }

    [Fact]
    public void Min_defaults_to_the_parameters_default()
    {
        var fire = TestRender.Parse(Fire.Replace("min: 0.2, ", "")).Spec.Scenes[0].Layers[0].Field;

        FeatureBindings.Of(fire).Single().Min.Should().Be(0.6f, "fire's default height");
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

        FeatureBindings.Of(layer.Field).Single().Should().Match<FeatureBinding>(b => b.Key == "arms" && b.Min == 2 && b.Max == 6);
        FeatureBindings.Of(layer.Color!).Single().Feature.Should().Be(AudioFeature.Centroid);
        FeatureBindings.Of(layer).Single().Should().Match<FeatureBinding>(b => b.Key == "opacity" && b.Feature == AudioFeature.BeatDecay);
        var bloom = (BloomShader)spec.Scenes[0].Shaders![0];
        (bloom.Strength, bloom.Mix).Should().Be((2f, 0f));
        FeatureBindings.Of(bloom).Single().Key.Should().Be("mix");
    }

    [Fact]
    public void An_explosion_on_beats_uses_features_and_tempo_defaults_to_120()
    {
        var spec = TestRender.Parse(Fire.Replace("type: fire", "type: explosion").Replace("height: { feature: rms, min: 0.2, max: 1.2 }", "trigger: beat")).Spec;

        ((ExplosionParticles)spec.Scenes[0].Layers[0].Field).Trigger.Should().Be(ExplosionTrigger.Beat);
        FeatureBindings.AreUsedBy(spec).Should().BeTrue();
        spec.Tempo.Should().Be(120);
    }
}
