using System.Globalization;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

/// <summary>
/// Parameters on arcs and keyframes, read through the pixels: frame f of a spec whose parameters move is exactly
/// frame f of the same spec with each parameter written as the number it should have at f.
/// </summary>
public class MotionRenderingTests
{
    /// <summary>Rings over plasma with the rings' opacity on keyframes and a vignette fading in on an arc; 12 fps.</summary>
    private static string Spec(string opacity, string mix, string extras = "") => $"""
        size: 96x54
        fps: 12
        seed: 5
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: plasma
              - field: rings
                grid: sm
                opacity: {opacity}
            shaders:
              - {"{"} type: vignette, strength: 1.5, mix: {mix} {"}"}
        {extras}
        """;

    /// <summary>A feedback buffer, whose state depends on the frames before.</summary>
    private const string Feedback = "    feedback: { decay: 0.6, opacity: 0.4 }";

    private const string Opacity = "{ keys: { 0s: 0.25, 1s: 0.75, 2s: 0.25 } }";
    private const string Mix = "{ from: 0.5, to: 1, ease: in_quad, end: 1s }";

    private static RenderPlan Plan(string yaml) => TestRender.Plan(yaml, QualityName.Production);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0, 0.25, 0.5)]
    [InlineData(6, 0.5, 0.625)]
    [InlineData(12, 0.75, 1)]
    [InlineData(18, 0.5, 1)]
    public void A_layers_opacity_follows_keyframes_and_a_shaders_mix_an_eased_arc(int frame, double opacity, double mix)
    {
        var moving = Plan(Spec(Opacity, Mix));
        var expected = TestRender.Frame(Plan(Spec(Number(opacity), Number(mix))), frame);

        TestRender.Frame(moving, frame).Should().Equal(expected);
        expected.Should().NotEqual(TestRender.Frame(Plan(Spec(Number(opacity + 0.125), Number(mix))), frame), "the opacity shows in the pixels");
    }

    /// <summary>Bloom strength on an eased arc, a nested field's scale on keyframes, a layer's opacity on the beat, a vignette's mix on eased keyframes.</summary>
    private static string Everything(string strength, string scale, string opacity, string mix) => $"""
        size: 192x108
        fps: 12
        seed: 9
        tempo: 120
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: {"{"} type: morph, from: {"{"} type: plasma, scale: {scale} {"}"}, to: rings, mix: 0.5 {"}"}
                palette: dense
              - field: rings
                grid: sm
                blend: screen
                opacity: {opacity}
            shaders:
              - {"{"} type: bloom, threshold: 60, strength: {strength} {"}"}
              - {"{"} type: vignette, strength: 1.2, mix: {mix} {"}"}
        """;

    [Theory]
    [InlineData(0, 0, 1, 0)]
    [InlineData(3, 0.1875, 1.5, 0.4375)]
    [InlineData(9, 2.8125, 2.5, 0.9375)]
    [InlineData(15, 3, 2.75, 1)]
    [InlineData(21, 3, 2.25, 1)]
    public void Bloom_strength_a_nested_scale_a_layers_opacity_and_a_shaders_mix_move_together(int frame, double strength, double scale, double mix)
    {
        var moving = Plan(Everything("{ from: 0, to: 3, ease: in_out_cubic, end: 1s }", "{ keys: { 0s: 1, 1s: 3, 2s: 2 } }", "{ feature: beat_decay, min: 0.2, max: 1 }", "{ keys: { 0s: 0, 1s: 1 }, ease: out_quad }"));
        var beat = AsciiAssets.Audio.FeatureAnalysis.Resolve(moving).Value(AsciiAssets.Audio.AudioFeature.BeatDecay, frame);
        var opacity = 0.2f + (1f - 0.2f) * beat;
        (frame % 6 == 0 ? beat == 1 : beat < 1).Should().BeTrue("a beat every six frames");

        var expected = TestRender.Frame(Plan(Everything(Number(strength), Number(scale), Number(opacity), Number(mix))), frame);

        TestRender.Frame(moving, frame).Should().Equal(expected, $"at frame {frame}: strength {strength}, scale {scale}, opacity {opacity}, mix {mix}");
    }

    [Fact]
    public void Every_moving_parameter_shows_in_the_pixels()
    {
        var still = Everything("1.5", "2", "0.6", "0.75");
        var frame = TestRender.Frame(Plan(still), 6);

        foreach (var changed in new[] { Everything("2.5", "2", "0.6", "0.75"), Everything("1.5", "2.5", "0.6", "0.75"), Everything("1.5", "2", "0.9", "0.75"), Everything("1.5", "2", "0.6", "0.25") })
        {
            TestRender.Frame(Plan(changed), 6).Should().NotEqual(frame);
        }
    }

    [Fact]
    public void A_parameter_inside_a_composite_field_moves_the_pixels_and_the_specs_record_stays_as_written()
    {
        static string Morph(string scale) => TestRender.LayerSpec($"field: {{ type: morph, from: {{ type: plasma, scale: {scale} }}, to: rings, mix: 0.25 }}", size: "96x54");
        var moving = Plan(Morph("{ keys: { 0s: 1, 1s: 3 } }"));

        TestRender.Frame(moving, 0).Should().Equal(TestRender.Frame(Plan(Morph("1")), 0));
        TestRender.Frame(moving, 6).Should().Equal(TestRender.Frame(Plan(Morph("2")), 6));
        TestRender.Frame(moving, 6).Should().NotEqual(TestRender.Frame(Plan(Morph("1")), 6), "the inner plasma's scale has moved");
        var plasma = (PlasmaField)((MorphField)moving.Spec.Scenes[0].Layers[0].Field!).From;
        plasma.Scale.Should().Be(1f, "each worker moves its own deep copy");
    }

    [Fact]
    public void A_frame_rendered_out_of_order_equals_the_frame_rendered_in_order()
    {
        var plan = Plan(Spec(Opacity, Mix, Feedback));
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        for (var f = 0; f <= 17; f++)
        {
            renderer.Render(f, frame);
        }

        TestRender.Frame(plan, 17).Should().Equal(frame.Pixels.ToArray(), "the feedback replay sets the moving parameters of every replayed frame");
    }

    [Fact]
    public void Allocates_nothing_per_frame_and_never_writes_the_specs_records()
    {
        var plan = Plan(Spec(Opacity, Mix, Feedback));
        var layer = plan.Spec.Scenes[0].Layers[1];
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(0, frame);
        renderer.Render(1, frame);

        Probe.Allocated(() =>
        {
            for (var f = 2; f < 20; f++)
            {
                renderer.Render(f, frame);
            }
        }).Should().Be(0);
        layer.Opacity.Should().Be(0.25f, "each worker moves its own copy");
    }
}
