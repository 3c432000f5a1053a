using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Masks;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Masks;

public class MaskTests
{
    private static string Spec(string mask, string blend = "normal") => $$"""
        size: 320x180
        fps: 12
        seed: 7
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: rings
                palette: blocks
                color: { type: fixed, color: "#3366ff" }
              - field: plasma
                palette: dense
                mask: {{mask}}
                blend: {{blend}}
        """;

    /// <summary>One spec per mask: all 18, each golden at frame 6.</summary>
    public static TheoryData<string, string, string> Goldens => new()
    {
        { "circle", "{ type: circle, x: 0.4, radius: 0.3, softness: 0.1 }", "0731d05b62c3c367" },
        { "rect", "{ type: rect, width: 0.5, height: 0.5, softness: 0.05 }", "0bc56509175470db" },
        { "ring", "{ type: ring, radius: 0.3, thickness: 0.15 }", "b00c0cafddf2015b" },
        { "horizontal_gradient", "{ type: horizontal_gradient, start: 0.2, end: 0.8 }", "6f4c1f5d95ade2a2" },
        { "vertical_gradient", "{ type: vertical_gradient, start: 1, end: 0 }", "22675a44f52cd873" },
        { "radial_gradient", "{ type: radial_gradient, inner: 0.1, outer: 0.5 }", "53ca29e2148dfc12" },
        { "field", "{ type: field, field: { type: sine_field, speed: 2 }, contrast: 3 }", "32b44a440676f7c0" },
        { "select", "{ type: select, min: 0.6, max: 1 }", "f00a44dd47043291" },
        { "text_stencil", "{ type: text_stencil, text: \"MASK\", size: 0.6 }", "3aed4b2a960d7eca" },
        { "text_block", "{ type: text_block, lines: [\"TEXT\", \"BLOCK\"], size: 0.2, padding: 0.05 }", "4e5d6353f1a464de" },
        { "iris", "{ type: iris, progress: { from: 0, to: 1 } }", "f41a93ce5b6a24c9" },
        { "horizontal_wipe", "{ type: horizontal_wipe, progress: 0.4, softness: 0.2 }", "c3c124b4eac19326" },
        { "vertical_wipe", "{ type: vertical_wipe, progress: 0.6, reverse: true }", "4d6debccaee3380a" },
        { "dissolve", "{ type: dissolve, progress: 0.5, block: 2 }", "8b3221d4cea33d0e" },
        { "union", "{ type: union, masks: [{ type: circle, x: 0.3, radius: 0.2 }, { type: circle, x: 0.7, radius: 0.2 }] }", "c6000a15cd6adb1b" },
        { "intersect", "{ type: intersect, masks: [{ type: circle, x: 0.45, radius: 0.3 }, { type: circle, x: 0.55, radius: 0.3 }] }", "f6739fad0a8a3799" },
        { "subtract", "{ type: subtract, mask: { type: rect, width: 0.8, height: 0.8 }, minus: { type: circle, radius: 0.25 } }", "cd2a724c730a493c" },
        { "invert", "{ type: invert, mask: { type: circle, radius: 0.3 } }", "2a96c2f7ab82a4ef" },
    };

    [Fact]
    public void Every_registered_mask_has_a_golden_case() =>
        Goldens.Select(row => (string)row[0]).Should().BeEquivalentTo(SpecRegistry.Kind<MaskParameters>().Entries.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Matches_golden_hash(string name, string mask, string expected)
    {
        name.Should().NotBeEmpty();
        TestRender.ShouldMatchGolden(Spec(mask), 6, expected);
    }

    [Theory]
    [InlineData("screen", "2e00a8f928c7b7f8")]
    [InlineData("multiply", "dbb81d88e6442c66")]
    public void A_mask_hides_cells_in_any_blend_mode(string blend, string expected) =>
        TestRender.ShouldMatchGolden(Spec("{ type: circle, radius: 0.3 }", blend), 6, expected);

    [Fact]
    public void A_partly_hidden_layer_is_mixed_with_the_frame_below_cell_by_cell_margins_included()
    {
        // 3 x 2 cells of 10 x 20 px in a 34 x 44 frame: a 2 px margin all round.
        var grid = new AsciiAssets.Grids.Grid(34, 44, 10, 20);
        using var below = AsciiAssets.Tests.Shaders.ShaderTestKit.Frame(34, 44, (x, y, c) => 40);
        using var blended = AsciiAssets.Tests.Shaders.ShaderTestKit.Frame(34, 44, (x, y, c) => 240);
        float[] coverage = [0, 1, 0.5f, 1, 0, 0.25f];

        AsciiAssets.Rendering.CoverageMix.Apply(below, blended, grid, coverage);

        byte At(int x, int y) => AsciiAssets.Tests.Shaders.ShaderTestKit.At(below, x, y);
        (At(5, 10), At(15, 10), At(25, 10), At(5, 30), At(15, 30), At(25, 30)).Should().Be(((byte)40, (byte)240, (byte)140, (byte)240, (byte)40, (byte)90));
        (At(0, 0), At(33, 0), At(0, 43), At(33, 43)).Should().Be(((byte)40, (byte)140, (byte)240, (byte)90), "the margins follow the nearest cell");
    }

    [Fact]
    public void A_circle_covers_its_middle_and_leaves_the_corners()
    {
        var coverage = Probe.Mask(new CircleMask(Radius: 0.3f, Softness: 0), Probe.At(0));
        coverage[13 * 48 + 24].Should().Be(1);
        coverage[0].Should().Be(0);
        coverage.Count(c => c == 1).Should().BeInRange((int)(0.85 * Math.PI * 0.3 * 0.3 * 48 * 27 / (48 / 27.0 * 0.5)), int.MaxValue);
    }

    [Theory]
    [InlineData("iris")]
    [InlineData("horizontal_wipe")]
    [InlineData("vertical_wipe")]
    [InlineData("dissolve")]
    public void A_transition_shows_nothing_at_progress_0_and_everything_at_1(string name)
    {
        var entry = SpecRegistry.Kind<MaskParameters>().Get(name);
        var progress = entry.Record.Parameters.Single(p => p.Name == "progress");
        var mask = (MaskParameters)entry.CreateDefault()!;
        progress.Property.SetValue(mask, 0f);
        Probe.Mask(mask, Probe.At(0)).Should().OnlyContain(c => c == 0);
        progress.Property.SetValue(mask, 1f);
        Probe.Mask(mask, Probe.At(0)).Should().OnlyContain(c => c == 1);
        progress.Property.SetValue(mask, 0.5f);
        Probe.Mask(mask, Probe.At(0)).Average().Should().BeInRange(0.2f, 0.8f);
    }

    [Fact]
    public void Select_keeps_cells_whose_value_is_in_its_range()
    {
        var values = Enumerable.Range(0, 48 * 27).Select(i => i % 10 / 9f).ToArray();
        var coverage = Probe.Mask(new SelectMask(Min: 0.5f, Max: 0.8f, Softness: 0), Probe.At(0), values: values);
        coverage.Select((c, i) => (c, v: values[i])).Should().OnlyContain(x => x.c == (x.v >= 0.5f && x.v <= 0.8f ? 1 : 0));
    }

    [Fact]
    public void Combinations_take_the_largest_the_smallest_and_cut_away()
    {
        var left = new RectMask(X: 0.25f, Width: 0.5f, Height: 1);
        var middle = new RectMask(X: 0.5f, Width: 0.5f, Height: 1);
        var a = Probe.Mask(left, Probe.At(0));
        var b = Probe.Mask(middle, Probe.At(0));

        Probe.Mask(new UnionMask([left, middle]), Probe.At(0)).Should().Equal(a.Zip(b, Math.Max));
        Probe.Mask(new IntersectMask([left, middle]), Probe.At(0)).Should().Equal(a.Zip(b, Math.Min));
        Probe.Mask(new SubtractMask(left, middle), Probe.At(0)).Should().Equal(a.Zip(b, (x, y) => x * (1 - y)));
        Probe.Mask(new InvertMask(left), Probe.At(0)).Should().Equal(a.Select(x => 1 - x));
    }

    [Fact]
    public void Masks_do_not_allocate_per_frame()
    {
        foreach (var entry in SpecRegistry.Kind<MaskParameters>().Entries.Where(e => e.CreateDefault() is not null))
        {
            var grid = Probe.Grid(48, 27);
            var mask = ((MaskParameters)entry.CreateDefault()!).Create(new MaskSetup(grid, 7, AsciiAssets.Plan.ParticleTier.Standard));
            var values = new float[grid.CellCount];
            var coverage = new float[grid.CellCount];
            mask.Evaluate(Probe.At(0), values, coverage);
            Probe.Allocated(() => mask.Evaluate(Probe.At(1), values, coverage)).Should().Be(0, entry.Name);
        }
    }
}
