using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;
using AsciiAssets.Transitions;

namespace AsciiAssets.Tests.Rendering;

/// <summary>
/// The alpha path of a transparent spec through every registered shader, blend mode and transition, rendered as a
/// spec renders (compositing, tonemap, shader chain, the two scenes of a transition): what nothing draws stays
/// transparent, each family's rule holds, every pixel stays premultiplied (no channel above its alpha), the same frame
/// renders to the same bytes, and nothing is allocated per frame.
/// </summary>
public class AlphaContractTests
{
    /// <summary>White glyphs, so a pixel's colour is its coverage times the tonemap's white (253), and a circle mask leaving the corners transparent.</summary>
    private const string WhiteLayer = """
        field: plasma
        grid: xl
        palette: blocks
        color: { type: fixed, color: "#ffffff", floor: 1 }
        mask: { type: circle, radius: 0.4, softness: 0.05 }
        """;

    /// <summary>White glyphs on the right half of the frame only.</summary>
    private const string RightLayer = """
        field: plasma
        grid: xl
        palette: blocks
        color: { type: fixed, color: "#ffffff", floor: 1 }
        mask: { type: rect, x: 0.75, width: 0.5, height: 1 }
        """;

    /// <summary>White glyphs on the left half of the frame only.</summary>
    private const string LeftLayer = """
        field: rings
        grid: lg
        palette: binary
        color: { type: fixed, color: "#ffffff", floor: 1 }
        mask: { type: rect, x: 0.25, width: 0.5, height: 1 }
        """;

    private const int TransitionStart = 12;

    private const int TransitionHalfWay = 15;

    /// <summary>A layer that lights nothing: every cell black.</summary>
    private const string DarkLayer = """
        field: plasma
        grid: lg
        palette: dense
        color: { type: fixed, color: "#000000", floor: 0 }
        """;

    public static TheoryData<string> Shaders() => Names<ShaderParameters>();

    public static TheoryData<string> BlendModes() => Names<BlendMode>();

    public static TheoryData<string> Transitions() => Names<TransitionParameters>();

    [Fact]
    public void Every_registered_shader_and_blend_mode_is_covered()
    {
        Shaders().Count.Should().Be(SpecRegistry.Kind<ShaderParameters>().Entries.Count, "every shader can be made with its defaults, so the contract reaches all of them");
        BlendModes().Count.Should().Be(SpecRegistry.Kind<BlendMode>().Entries.Count);
        Transitions().Count.Should().Be(SpecRegistry.Kind<TransitionParameters>().Entries.Count);
    }

    [Theory]
    [MemberData(nameof(Shaders))]
    public void A_shader_keeps_an_empty_transparent_frame_empty(string shader)
    {
        var (rgb, alpha, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(DarkLayer, shader)), 5);
        alpha.Should().OnlyContain(a => a == 0, $"{shader} must not make coverage out of nothing");
        rgb.Should().OnlyContain(c => c == 0);
    }

    [Theory]
    [MemberData(nameof(Shaders))]
    public void A_shader_follows_its_family_rule_and_keeps_pixels_premultiplied(string shader)
    {
        var parameters = Probe.Default<ShaderParameters>(shader);
        var (_, bareAlpha, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(WhiteLayer)), 5);
        var (rgb, alpha, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(WhiteLayer, shader)), 5);
        bareAlpha.Should().Contain(a => a == 0).And.Contain(a => a == 255, "the frame has transparent corners and opaque glyph strokes");

        ShouldBePremultiplied(rgb, alpha, shader);
        switch (parameters.AlphaRule)
        {
            case ShaderAlpha.Colour:
                alpha.Should().Equal(bareAlpha, $"{shader} changes colour only, so the coverage stays");
                break;
            case ShaderAlpha.Moves:
                // White glyphs: the colour is the alpha scaled by 253/255, so moving both the same way keeps that.
                for (var i = 0; i < alpha.Length; i++)
                {
                    var light = Math.Max(rgb[3 * i], Math.Max(rgb[3 * i + 1], rgb[3 * i + 2]));
                    Math.Abs(alpha[i] - light * 255.0 / 253).Should().BeLessThanOrEqualTo(2.5, $"{shader} moves the alpha with the pixels (pixel {i})");
                }
                break;
            case ShaderAlpha.Light:
                for (var i = 0; i < alpha.Length; i++)
                {
                    alpha[i].Should().BeGreaterThanOrEqualTo(bareAlpha[i], $"{shader} keeps the coverage and only covers light it adds (pixel {i})");
                }

                break;
            case ShaderAlpha.Redraws:
                for (var i = 0; i < alpha.Length; i++)
                {
                    alpha[i].Should().Be(Math.Max(rgb[3 * i], Math.Max(rgb[3 * i + 1], rgb[3 * i + 2])), $"{shader}'s alpha is its picture's brightness");
                }

                break;
        }
    }

    [Theory]
    [MemberData(nameof(Shaders))]
    public void A_shader_on_a_transparent_frame_is_deterministic_and_allocates_nothing_per_frame(string shader)
    {
        var plan = TestRender.Plan(Spec(WhiteLayer, shader));
        var (rgb, alpha, rgba) = TestRender.AlphaFrame(plan, 7);
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height, withAlpha: true);
        for (var f = 0; f < 7; f++)
        {
            renderer.Render(f, frame);
        }

        var f8 = 8;
        var allocated = Probe.Allocated(() =>
        {
            renderer.Render(f8++, frame);
            frame.PackStraightRgba();
        });
        allocated.Should().Be(0, $"{shader} with alpha allocates nothing per frame");

        var (again, againAlpha, againRgba) = TestRender.AlphaFrame(plan, 7);
        (again.SequenceEqual(rgb) && againAlpha.SequenceEqual(alpha) && againRgba.SequenceEqual(rgba)).Should().BeTrue($"{shader} renders frame 7 to the same bytes twice");
    }

    [Theory]
    [MemberData(nameof(BlendModes))]
    public void A_blend_mode_combines_alpha_by_its_rule(string blend)
    {
        var mode = Probe.Default<BlendMode>(blend);
        const float Opacity = 0.75f;
        var top = $$"""
            field: { type: sine_field, speed: 2 }
            grid: md
            palette: blocks
            color: { type: fixed, color: "#ffcc66", floor: 1 }
            blend: {{blend}}
            opacity: {{Opacity}}
            """;
        var (_, below, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(WhiteLayer)), 5);
        var (_, layer, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(top.Replace($"blend: {blend}", "blend: normal").Replace($"opacity: {Opacity}", "opacity: 1"))), 5);
        var (rgb, alpha, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(WhiteLayer, layers: [top])), 5);
        var (_, overNothing, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(DarkLayer, layers: [top.Replace("#ffcc66", "#000000")])), 5);

        ShouldBePremultiplied(rgb, alpha, blend);
        if (mode.Blend(0, 0) == 0)
        {
            overNothing.Should().OnlyContain(a => a == 0, $"{blend}: where no layer draws, the frame stays transparent");
        }
        else
        {
            // A mode that makes light of black on black (grain extract: b − t + 128) shows it in the opaque render too: the alpha covers it.
            overNothing.Should().OnlyContain(a => a > 0, $"{blend} makes light where nothing draws");
        }

        for (var i = 0; i < alpha.Length; i++)
        {
            var (a, l) = (below[i] / 255.0, layer[i] / 255.0 * Opacity);
            var expected = 255 * mode.AlphaRule switch
            {
                AlphaRule.Joins => a + l * (1 - a),
                AlphaRule.Replaces => a + Opacity * (layer[i] / 255.0 - a),
                _ => a,
            };
            // The rule's alpha, raised only where the blend made more light than that (hard mix, add), as bright as
            // that light was before the tonemap took white to 253.
            var light = Math.Max(rgb[3 * i], Math.Max(rgb[3 * i + 1], rgb[3 * i + 2])) * 255.0 / 253;
            ((double)alpha[i]).Should().BeInRange(expected - 1.5, Math.Max(expected, light) + 1.5, $"{blend} ({mode.AlphaRule}) at pixel {i}: below {below[i]}, layer {layer[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void A_transition_between_two_empty_transparent_scenes_stays_empty(string transition)
    {
        var (rgb, alpha, _) = TestRender.AlphaFrame(TestRender.Plan(TwoScenes(DarkLayer, DarkLayer, transition)), TransitionHalfWay);
        alpha.Should().OnlyContain(a => a == 0, $"{transition} must not make coverage out of nothing");
        rgb.Should().OnlyContain(c => c == 0);
    }

    /// <summary>
    /// Scene one draws white glyphs on the frame's right half, scene two on its left half: each scene is transparent
    /// where the other draws. Every frame of the transition stays premultiplied, and half-way each scene shows where the
    /// other is transparent (what a colour-only transition lost: the outgoing scene vanished where the incoming one had
    /// no alpha).
    /// </summary>
    [Theory]
    [MemberData(nameof(Transitions))]
    public void A_transition_shows_each_scene_where_the_other_is_transparent_and_keeps_pixels_premultiplied(string transition)
    {
        var plan = TestRender.Plan(TwoScenes(RightLayer, LeftLayer, transition));
        var outgoing = TestRender.AlphaFrame(TestRender.Plan(TwoScenes(RightLayer, LeftLayer, string.Empty, firstEnd: "2s")), TransitionHalfWay).Alpha;
        var incoming = TestRender.AlphaFrame(TestRender.Plan(TwoScenes(RightLayer, LeftLayer, string.Empty)), TransitionHalfWay).Alpha;
        for (var frame = TransitionStart; frame < TransitionStart + 7; frame++)
        {
            var (rgb, alpha, _) = TestRender.AlphaFrame(plan, frame);
            ShouldBePremultiplied(rgb, alpha, $"{transition} at frame {frame}");
        }

        var (_, mixed, _) = TestRender.AlphaFrame(plan, TransitionHalfWay);
        Enumerable.Range(0, mixed.Length).Count(i => incoming[i] == 0 && outgoing[i] > 0 && mixed[i] > 0)
            .Should().BeGreaterThan(50, $"half-way through {transition} the outgoing scene still shows where the incoming one is transparent");
        Enumerable.Range(0, mixed.Length).Count(i => outgoing[i] == 0 && incoming[i] > 0 && mixed[i] > 0)
            .Should().BeGreaterThan(50, $"half-way through {transition} the incoming scene shows where the outgoing one is transparent");
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void A_transition_of_transparent_frames_is_deterministic_and_allocates_nothing_per_frame(string transition)
    {
        var plan = TestRender.Plan(TwoScenes(RightLayer, LeftLayer, transition));
        var (rgb, alpha, rgba) = TestRender.AlphaFrame(plan, TransitionHalfWay);
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height, withAlpha: true);
        for (var f = TransitionStart; f < TransitionHalfWay; f++)
        {
            renderer.Render(f, frame);
        }

        var next = TransitionHalfWay;
        Probe.Allocated(() =>
        {
            renderer.Render(next++, frame);
            frame.PackStraightRgba();
        }).Should().Be(0, $"{transition} with alpha allocates nothing per frame");

        var (again, againAlpha, againRgba) = TestRender.AlphaFrame(plan, TransitionHalfWay);
        (again.SequenceEqual(rgb) && againAlpha.SequenceEqual(alpha) && againRgba.SequenceEqual(rgba)).Should().BeTrue($"{transition} renders its half-way frame to the same bytes twice");
    }

    [Fact]
    public void An_opaque_spec_renders_no_alpha_and_composites_as_before()
    {
        var plan = TestRender.Plan(Spec(WhiteLayer, "bloom").Replace("background: transparent\n", string.Empty));
        plan.Transparent.Should().BeFalse();
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        frame.HasAlpha.Should().BeFalse();
        frame.Alpha.Length.Should().Be(0);
    }

    private static void ShouldBePremultiplied(byte[] rgb, byte[] alpha, string what)
    {
        for (var i = 0; i < alpha.Length; i++)
        {
            if (rgb[3 * i] > alpha[i] || rgb[3 * i + 1] > alpha[i] || rgb[3 * i + 2] > alpha[i])
            {
                throw new Xunit.Sdk.XunitException($"{what}: pixel {i} has colour ({rgb[3 * i]}, {rgb[3 * i + 1]}, {rgb[3 * i + 2]}) above its alpha {alpha[i]}");
            }
        }
    }

    /// <summary>Two scenes with a 7-frame transition at 1s (12 fps): frames 12 to 18, frame 15 half-way.</summary>
    private static string TwoScenes(string first, string second, string transition, string firstEnd = "1s")
    {
        static string Layer(string layer) => "      - " + layer.Trim().Replace("\n", "\n        ") + "\n";
        return "size: 160x90\nfps: 12\nseed: 5\nbackground: transparent\noutputs: [ png ]\nscenes:\n"
            + $"  - start: 0s\n    end: {firstEnd}\n    layers:\n" + Layer(first)
            + $"  - start: {firstEnd}\n    end: 3s\n" + (transition.Length == 0 ? "" : $"    transition: {{ type: {transition}, duration: 7f }}\n") + "    layers:\n" + Layer(second);
    }

    private static string Spec(string bottom, string? shader = null, string[]? layers = null)
    {
        var yaml = "size: 160x90\nfps: 12\nseed: 5\nbackground: transparent\noutputs: [ png ]\nscenes:\n  - start: 0s\n    end: 2s\n    layers:\n";
        foreach (var layer in new[] { bottom }.Concat(layers ?? []))
        {
            yaml += "      - " + layer.Trim().Replace("\n", "\n        ") + "\n";
        }

        return shader is null ? yaml : yaml + $"    shaders:\n      - {{ type: {shader} }}\n";
    }

    private static TheoryData<string> Names<T>()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<T>().Entries.Where(e => e.CreateDefault() is not null))
        {
            data.Add(entry.Name);
        }

        return data;
    }
}
