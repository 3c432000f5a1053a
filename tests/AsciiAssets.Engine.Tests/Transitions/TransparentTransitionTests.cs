using System.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Encode.Outputs;
using AsciiAssets.Tests.Support;
using AsciiAssets.Transitions;

namespace AsciiAssets.Tests.Transitions;

/// <summary>
/// Transitions in a transparent spec: both scenes' alpha planes combine as their colours do. Scene one draws the left
/// 60 % of the frame, scene two the right 60 %, so the left part is transparent in the incoming scene and the right
/// part in the outgoing one; at 12 fps a 7-frame transition takes frames 12–18 and frame 15 is exactly half-way.
/// </summary>
public class TransparentTransitionTests
{
    private const int HalfWay = 15;

    public static string Spec(string transition, string firstEnd = "1s") => $$"""
        size: 192x108
        fps: 12
        seed: 3
        background: transparent
        outputs: [ png ]
        scenes:
          - name: one
            start: 0s
            end: {{firstEnd}}
            feedback: { decay: 0.6 }
            layers:
              - field: plasma
                grid: xxl
                color: { type: fixed, color: "#ffb040" }
                mask: { type: rect, x: 0.3, width: 0.6, height: 1 }
          - name: two
            start: {{firstEnd}}
            end: 2s
            {{(transition.Length == 0 ? "" : "transition: " + transition)}}
            layers:
              - field: rings
                grid: xxl
                palette: binary
                color: { type: fixed, color: "#40d0ff" }
                mask: { type: rect, x: 0.7, width: 0.6, height: 1 }
        """;

    public static TheoryData<string, string, string> Goldens => new()
    {
        { "crossfade", "{ type: crossfade, duration: 7f }", "2d96fc5deaca22e0" },
        { "canvas_crossfade", "{ type: canvas_crossfade, duration: 7f }", "e477fe4a38b45b48" },
        { "wipe", "{ type: wipe, duration: 7f }", "9da3c4fa4ef8bef6" },
        { "wipe_clockwise", "{ type: wipe, direction: clockwise, duration: 7f }", "3bf4b7cdac7b78a0" },
        { "dissolve", "{ type: dissolve, duration: 7f }", "29a429f3d4e83e85" },
        { "glitch_cut", "{ type: glitch_cut, duration: 7f }", "f993e7bf523c9031" },
        { "iris", "{ type: iris, duration: 7f }", "4622bd5d84eb84c5" },
    };

    /// <summary>The transitions whose pixels each turn at their own moment, soft and hard.</summary>
    public static TheoryData<string> ThresholdTransitions => new()
    {
        "{ type: wipe, duration: 7f }",
        "{ type: wipe, direction: counterclockwise, duration: 7f, softness: 0.3 }",
        "{ type: dissolve, duration: 7f }",
        "{ type: dissolve, block: 5, duration: 7f, softness: 0 }",
        "{ type: iris, duration: 7f, closing: true }",
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Half_way_frames_with_alpha_match_their_goldens(string name, string transition, string expected)
    {
        var plan = TestRender.Plan(Spec(transition));
        plan.Scenes[1].TransitionProgress(HalfWay).Should().Be(0.5f);

        Golden.CheckRgba(TestRender.AlphaFrame(plan, HalfWay).Rgba, plan.Width, plan.Height, expected, $"TransparentTransitionTests.{name}.f{HalfWay}");
    }

    [Fact]
    public void The_scenes_are_transparent_where_the_other_one_draws()
    {
        var (outgoing, incoming) = Scenes(HalfWay);
        var (width, height) = (192, 108);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (x < width * 0.35)
                {
                    incoming.Alpha[y * width + x].Should().Be(0, $"scene two draws nothing at ({x}, {y})");
                }

                if (x > width * 0.65)
                {
                    outgoing.Alpha[y * width + x].Should().Be(0, $"scene one draws nothing at ({x}, {y})");
                }
            }
        }

        // Glyphs of 8 px cells have strokes thinner than a pixel: the most opaque pixels are a little over half.
        outgoing.Alpha.Max().Should().BeGreaterThan(128);
        incoming.Alpha.Max().Should().BeGreaterThan(128);
    }

    [Fact]
    public void A_canvas_crossfade_mixes_colour_and_alpha_by_one_weight()
    {
        var (outgoing, incoming) = Scenes(HalfWay);
        var (rgb, alpha, _) = TestRender.AlphaFrame(TestRender.Plan(Spec("{ type: canvas_crossfade, duration: 7f }")), HalfWay);
        var expectedRgb = incoming.Rgb.ToArray();
        var expectedAlpha = incoming.Alpha.ToArray();
        PixelMath.Mix(outgoing.Rgb, expectedRgb, 128);
        PixelMath.Mix(outgoing.Alpha, expectedAlpha, 128);

        rgb.Should().Equal(expectedRgb);
        alpha.Should().Equal(expectedAlpha);
        foreach (var (glyph, blank, name) in new[] { (incoming, outgoing, "incoming"), (outgoing, incoming, "outgoing") })
        {
            var overTransparent = Enumerable.Range(0, alpha.Length).Where(i => blank.Alpha[i] == 0 && glyph.Alpha[i] >= 96).ToArray();
            overTransparent.Should().HaveCountGreaterThan(50);
            overTransparent.Should().OnlyContain(i => alpha[i] == glyph.Alpha[i] >> 1, $"a pixel of the {name} scene's glyphs over the other scene's transparency is half as opaque half-way");
        }
    }

    [Theory]
    [InlineData("{ type: wipe, duration: 7f, softness: 0 }")]
    [InlineData("{ type: iris, duration: 7f, softness: 0 }")]
    public void A_hard_edge_takes_colour_and_alpha_from_the_incoming_scene_behind_it_and_the_outgoing_one_ahead(string transition)
    {
        var (outgoing, incoming) = Scenes(HalfWay);
        var plan = TestRender.Plan(Spec(transition));
        var (rgb, alpha, _) = TestRender.AlphaFrame(plan, HalfWay);
        // The wipe's edge is half-way across; the iris's circle has half the distance to the farthest corner.
        var wipe = transition.Contains("wipe");
        var (cx, cy) = (plan.Width / 2f, plan.Height / 2f);
        var edge = wipe ? plan.Width / 2f : MathF.Sqrt(cx * cx + cy * cy) / 2;
        int behind = 0, ahead = 0;
        for (var y = 0; y < plan.Height; y++)
        {
            for (var x = 0; x < plan.Width; x++)
            {
                var at = wipe ? x + 0.5f : MathF.Sqrt((x + 0.5f - cx) * (x + 0.5f - cx) + (y + 0.5f - cy) * (y + 0.5f - cy));
                if (Math.Abs(at - edge) < 2)
                {
                    continue;
                }

                var from = at < edge ? incoming : outgoing;
                var i = y * plan.Width + x;
                (alpha[i], rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]).Should().Be((from.Alpha[i], from.Rgb[3 * i], from.Rgb[3 * i + 1], from.Rgb[3 * i + 2]), $"pixel ({x}, {y}) is {(at < edge ? "behind" : "ahead of")} the edge");
                behind += at < edge && from.Alpha[i] > 0 ? 1 : 0;
                ahead += at > edge && from.Alpha[i] > 0 ? 1 : 0;
            }
        }

        behind.Should().BeGreaterThan(100, "the incoming scene draws behind the edge");
        ahead.Should().BeGreaterThan(100, "the outgoing scene draws ahead of it");
    }

    [Theory]
    [MemberData(nameof(ThresholdTransitions))]
    public void Every_pixel_takes_colour_and_alpha_from_the_two_scenes_by_one_weight(string transition)
    {
        var (outgoing, incoming) = Scenes(HalfWay);
        var (rgb, alpha, _) = TestRender.AlphaFrame(TestRender.Plan(Spec(transition)), HalfWay);
        var fromEach = new int[2];
        for (var i = 0; i < alpha.Length; i++)
        {
            var weight = Enumerable.Range(0, 256).FirstOrDefault(w =>
                MixedByWeight(outgoing.Alpha[i], incoming.Alpha[i], w) == alpha[i]
                && MixedByWeight(outgoing.Rgb[3 * i], incoming.Rgb[3 * i], w) == rgb[3 * i]
                && MixedByWeight(outgoing.Rgb[3 * i + 1], incoming.Rgb[3 * i + 1], w) == rgb[3 * i + 1]
                && MixedByWeight(outgoing.Rgb[3 * i + 2], incoming.Rgb[3 * i + 2], w) == rgb[3 * i + 2], -1);
            weight.Should().BeGreaterThanOrEqualTo(0, $"pixel {i} (rgb {rgb[3 * i]}, {rgb[3 * i + 1]}, {rgb[3 * i + 2]}, alpha {alpha[i]}) is one mix of the outgoing ({outgoing.Alpha[i]}) and incoming ({incoming.Alpha[i]}) pixel, colour and alpha alike");
            if (outgoing.Alpha[i] != incoming.Alpha[i] && (weight == 0 || weight == 255))
            {
                fromEach[weight / 255]++;
            }
        }

        fromEach.Should().OnlyContain(n => n > 100, "half-way, many pixels show one scene's alpha whole, of each scene");
    }

    [Fact]
    public void A_glitch_cut_moves_each_bands_alpha_with_its_colours()
    {
        var (outgoing, incoming) = Scenes(HalfWay);
        var plan = TestRender.Plan(Spec("{ type: glitch_cut, duration: 7f, bands: 12, shift: 0.2 }"));
        var (rgb, alpha, _) = TestRender.AlphaFrame(plan, HalfWay);
        var width = plan.Width;
        var (fromOutgoing, fromIncoming, shifted) = (0, 0, 0);
        for (var y = 0; y < plan.Height; y++)
        {
            var row = (Rgb: rgb.AsSpan(y * width * 3, width * 3).ToArray(), Alpha: alpha.AsSpan(y * width, width).ToArray());
            var match = new[] { outgoing, incoming }
                .SelectMany((scene, s) => Enumerable.Range(-width, 2 * width + 1).Select(shift => (Scene: s, Shift: shift, Frame: scene)))
                .FirstOrDefault(c => Shifted(c.Frame.Rgb.AsSpan(y * width * 3, width * 3), c.Shift * 3).SequenceEqual(row.Rgb)
                    && Shifted(c.Frame.Alpha.AsSpan(y * width, width), c.Shift).SequenceEqual(row.Alpha), (Scene: -1, Shift: 0, Frame: outgoing));
            match.Scene.Should().BeGreaterThanOrEqualTo(0, $"row {y} is one scene's row, its colours and its alpha shifted alike");
            if (row.Alpha.Any(a => a > 0))
            {
                fromOutgoing += match.Scene == 0 ? 1 : 0;
                fromIncoming += match.Scene == 1 ? 1 : 0;
                shifted += match.Shift != 0 ? 1 : 0;
            }
        }

        fromOutgoing.Should().BeGreaterThan(0, "half-way, some drawn rows are the outgoing scene's");
        fromIncoming.Should().BeGreaterThan(0, "and some the incoming scene's");
        shifted.Should().BeGreaterThan(0, "shifted sideways");
    }

    [Fact]
    public void A_crossfade_fades_a_glyph_shown_over_a_transparent_cell_instead_of_darkening_it()
    {
        var (outgoing, incoming) = Scenes(HalfWay);
        var plan = TestRender.Plan(Spec("{ type: crossfade, duration: 7f }"));
        var (rgb, alpha, rgba) = TestRender.AlphaFrame(plan, HalfWay);
        Grids.Grid grid;
        using (var renderer = new FrameRenderer(plan))
        {
            grid = renderer.Scene(1).Layers[0].Grid;
        }

        var cells = new CellLayout(grid.CellWidth, grid.CellHeight, grid.OffsetX, grid.OffsetY);
        int Cell(int x, int y) => cells.Of(x, y).Row * 1000 + cells.Of(x, y).Column;
        var outgoingOpacity = new Dictionary<int, int>();
        var incomingOpacity = new Dictionary<int, int>();
        for (var y = 0; y < plan.Height; y++)
        {
            for (var x = 0; x < plan.Width; x++)
            {
                var (c, i) = (Cell(x, y), y * plan.Width + x);
                outgoingOpacity[c] = Math.Max(outgoingOpacity.GetValueOrDefault(c), outgoing.Alpha[i]);
                incomingOpacity[c] = Math.Max(incomingOpacity.GetValueOrDefault(c), incoming.Alpha[i]);
            }
        }

        // Per side (outgoing glyph over an incoming transparent cell, and the other way round): pixels whose glyph is
        // hidden because the cell shows the other, blank scene, and pixels whose glyph shows at half its opacity.
        var counts = new int[2, 2];
        for (var y = 0; y < plan.Height; y++)
        {
            for (var x = 0; x < plan.Width; x++)
            {
                var (c, i) = (Cell(x, y), y * plan.Width + x);
                var side = outgoingOpacity[c] == 0 && incoming.Alpha[i] >= 64 ? 1 : incomingOpacity[c] == 0 && outgoing.Alpha[i] >= 64 ? 0 : -1;
                if (side < 0)
                {
                    continue;
                }

                var glyph = side == 0 ? outgoing : incoming;
                if (alpha[i] == 0)
                {
                    rgb.AsSpan(3 * i, 3).ToArray().Should().OnlyContain(v => v == 0);
                    counts[side, 0]++;
                    continue;
                }

                ((double)alpha[i]).Should().BeApproximately(glyph.Alpha[i] / 2.0, 1.5, $"pixel ({x}, {y}) shows a glyph over a cell transparent in the other scene at half its opacity, half-way");
                if (glyph.Alpha[i] >= 96)
                {
                    // Fading keeps the glyph's colour: its straight colour is the scene's own, up to the rounding of a
                    // half-opaque pixel (a darkened glyph would be off by half its colour).
                    var straight = glyph.Rgb.AsSpan(3 * i, 3).ToArray().Select(v => (int)Math.Round(v * 255.0 / glyph.Alpha[i])).ToArray();
                    var rounding = (uint)(2 + 512 / alpha[i]);
                    for (var k = 0; k < 3; k++)
                    {
                        ((int)rgba[4 * i + k]).Should().BeCloseTo(straight[k], rounding, $"pixel ({x}, {y}) channel {k} keeps its colour");
                    }
                }

                counts[side, 1]++;
            }
        }

        counts.Cast<int>().Should().OnlyContain(n => n > 20, "half-way, about half the cells have swapped on each side");
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void A_worker_starting_inside_the_transition_renders_the_same_colour_and_alpha(string name, string transition, string expected)
    {
        _ = (name, expected);
        var plan = TestRender.Plan(Spec(transition));
        var inOrder = new List<(byte[] Rgb, byte[] Alpha)>();
        using (var renderer = new FrameRenderer(plan))
        using (var buffer = new FrameBuffer(plan.Width, plan.Height, withAlpha: true))
        {
            for (var frame = 0; frame < 19; frame++)
            {
                renderer.Render(frame, buffer);
                inOrder.Add((buffer.Pixels.ToArray(), buffer.Alpha.ToArray()));
            }
        }

        foreach (var start in new[] { 12, 16 })
        {
            using var renderer = new FrameRenderer(plan);
            using var buffer = new FrameBuffer(plan.Width, plan.Height, withAlpha: true);
            for (var frame = start; frame < 19; frame++)
            {
                renderer.Render(frame, buffer);
                buffer.Pixels.ToArray().Should().Equal(inOrder[frame].Rgb, $"frame {frame} rendered by a worker that started at {start}");
                buffer.Alpha.ToArray().Should().Equal(inOrder[frame].Alpha, $"the alpha of frame {frame} rendered by a worker that started at {start}");
            }
        }
    }

    /// <summary>
    /// Real renders to a PNG sequence (straight RGBA) at one and three workers: the crossfade runs across the first
    /// segment cut (frame 48), so a worker starts inside it and replays the outgoing scene's feedback; the glitch cut
    /// runs across the second (frame 96).
    /// </summary>
    [Fact]
    public void One_and_three_workers_write_the_same_rgba_frames_across_transitions()
    {
        const string yaml = """
            size: 192x108
            fps: 12
            seed: 5
            background: transparent
            outputs: [ png ]
            scenes:
              - name: trail
                start: 0s
                end: 3.5s
                feedback: { decay: 0.8 }
                layers:
                  - field: plasma
                    mask: { type: rect, x: 0.3, width: 0.6, height: 1 }
              - name: rings
                start: 3.5s
                end: 7.5s
                transition: { type: crossfade, duration: 1.5s }
                layers:
                  - field: rings
                    palette: binary
                    mask: { type: circle, radius: 0.4 }
              - name: tunnel
                start: 7.5s
                end: 9s
                transition: { type: glitch_cut, duration: 1s }
                layers:
                  - field: tunnel
                    mask: { type: rect, x: 0.7, width: 0.6, height: 1 }
            """;
        using var one = new OutputRun(yaml);
        using var three = new OutputRun(yaml);

        one.Render(workers: 1).Failed.Should().Be(0);
        three.Render(workers: 3).Failed.Should().Be(0);

        var (format, hashes) = FrameMd5(one.PathOf("demo.frames"));
        format.Should().Be("rgba");
        hashes.Should().HaveCount(9 * 12).And.OnlyHaveUniqueItems("every frame moves");
        FrameMd5(three.PathOf("demo.frames")).Hashes.Should().Equal(hashes);
        one.Diagnostics.Where(d => d.Severity == AsciiAssets.Diagnostics.Severity.Error).Should().BeEmpty();
    }

    /// <summary>The outgoing scene alone (going on past its end) and the incoming one alone (after a cut), at a frame.</summary>
    private static (Frame Outgoing, Frame Incoming) Scenes(int frame)
    {
        var outgoing = TestRender.AlphaFrame(TestRender.Plan(Spec("", firstEnd: "1.5s")), frame);
        var incoming = TestRender.AlphaFrame(TestRender.Plan(Spec("")), frame);
        return (new Frame(outgoing.Rgb, outgoing.Alpha), new Frame(incoming.Rgb, incoming.Alpha));
    }

    /// <summary>What <see cref="PixelMath.MixByWeights"/> makes of one byte pair at one weight.</summary>
    private static byte MixedByWeight(int from, int to, int weight)
    {
        var t = from * (255 - weight) + to * weight + 128;
        return (byte)((t + (t >> 8)) >> 8);
    }

    private static byte[] Shifted(ReadOnlySpan<byte> row, int bytes)
    {
        var moved = row.ToArray();
        PixelMath.ShiftBytes(moved, bytes);
        return moved;
    }

    /// <summary>ffmpeg's framemd5 of a PNG sequence, and the pixel format of its first frame as ffprobe reads it.</summary>
    private static (string Format, string[] Hashes) FrameMd5(string folder)
    {
        var info = new ProcessStartInfo("ffmpeg", ["-v", "error", "-i", Path.Combine(folder, AsciiAssets.Encode.Outputs.PngOutput.FramePattern), "-f", "framemd5", "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n');
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
        var format = OutputRun.Probe(Path.Combine(folder, "frame-00001.png")).PixelFormat;
        return (format, lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(',')[^1].Trim()).ToArray());
    }

    private sealed record Frame(byte[] Rgb, byte[] Alpha);
}
