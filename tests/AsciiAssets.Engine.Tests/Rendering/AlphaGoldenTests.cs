using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

/// <summary>Golden hashes of transparent frames (the straight RGBA the encoders get), over the three alpha rules of shaders and two of blend modes.</summary>
public class AlphaGoldenTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 11
        background: transparent
        outputs: [ png ]
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: plasma
                grid: xl
                palette: blocks
                color: { type: fixed, color: "#ff5533", floor: 0.5 }
                mask: { type: circle, radius: 0.4, softness: 0.05 }
              - field: { type: matrix_rain, speed: 0.5, trail: 0.5, drops: 2 }
                grid: lg
                palette: dense
                color: { type: palette, name: mono_green, smooth: true }
                blend: screen
              - field: sine_field
                grid: xl
                palette: blocks
                color: { type: fixed, color: "#3366ff", floor: 0.2 }
                blend: overlay
                opacity: 0.5
            shaders:
              - { type: bloom, threshold: 120 }
              - { type: mirror_h }
              - { type: vignette }
        """;

    [Theory]
    [InlineData(0, "eca77a2c8e8d069f")]
    [InlineData(13, "714777025d3b65e4")]
    public void Transparent_frame_matches_golden(int frame, string expected)
    {
        var (_, alpha, rgba) = TestRender.AlphaFrame(TestRender.Plan(Spec), frame);
        alpha.Should().Contain(a => a == 0).And.Contain(a => a == 255);
        TestRender.Hash(rgba).Should().Be(expected);
    }
}
