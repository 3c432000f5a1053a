using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Compose;

public class BlendModesTests
{
    /// <summary>Every registered mode: the exhaustive checks take their reference from its scalar form.</summary>
    public static TheoryData<string> Modes()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<BlendMode>().Entries)
        {
            data.Add(entry.Name);
        }

        return data;
    }

    private static BlendMode Mode(string name) => Probe.Default<BlendMode>(name);

    private static byte Blend(string mode, byte a, byte b)
    {
        using var bottom = new FrameBuffer(1, 1);
        using var top = new FrameBuffer(1, 1);
        bottom.Pixels.Fill(a);
        top.Pixels.Fill(b);
        LayerBlender.Blend(bottom, top, Mode(mode), 1f);
        return bottom.Pixels[0];
    }

    /// <summary>256 x 86 pixels hold all 65 536 (bottom, top) pairs, one pair per channel byte; the last bytes go down the scalar tail.</summary>
    private static (FrameBuffer Bottom, FrameBuffer Top) AllPairs()
    {
        var bottom = new FrameBuffer(256, 86);
        var top = new FrameBuffer(256, 86);
        bottom.Clear();
        top.Clear();
        for (var k = 0; k < 65536; k++)
        {
            bottom.Pixels[k] = (byte)k;
            top.Pixels[k] = (byte)(k >> 8);
        }

        return (bottom, top);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Gives_its_scalar_form_for_every_pair_of_channel_values(string name)
    {
        var mode = Mode(name);
        var (bottom, top) = AllPairs();
        using (bottom)
        using (top)
        {
            LayerBlender.Blend(bottom, top, mode, 1f);
            var result = bottom.Pixels;
            for (var k = 0; k < 65536; k++)
            {
                int a = (byte)k;
                var b = k >> 8;
                if (result[k] != mode.Blend(a, b))
                {
                    result[k].Should().Be((byte)mode.Blend(a, b), $"{name} of bottom {a} and top {b}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Mixes_its_scalar_form_by_opacity_for_every_pair(string name)
    {
        var mode = Mode(name);
        var weight = ChannelLanes.Weight(0.3f);
        var (bottom, top) = AllPairs();
        using (bottom)
        using (top)
        {
            LayerBlender.Blend(bottom, top, mode, 0.3f);
            for (var k = 0; k < 65536; k++)
            {
                int a = (byte)k;
                var expected = (a * (256 - weight) + mode.Blend(a, k >> 8) * weight + 128) >> 8;
                if (bottom.Pixels[k] != expected)
                {
                    bottom.Pixels[k].Should().Be((byte)expected, $"{name} of bottom {a} and top {k >> 8} at opacity 0.3");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Has_a_scalar_form_within_channel_range(string name)
    {
        var mode = Mode(name);
        for (var a = 0; a < 256; a++)
        {
            for (var b = 0; b < 256; b++)
            {
                if (mode.Blend(a, b) is < 0 or > 255)
                {
                    mode.Blend(a, b).Should().BeInRange(0, 255, $"{name} of bottom {a} and top {b}");
                }
            }
        }
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("screen", true)]
    [InlineData("lighten", true)]
    [InlineData("difference", true)]
    [InlineData("subtract", true)]
    [InlineData("colordodge", true)]
    [InlineData("normal", false)]
    [InlineData("multiply", false)]
    [InlineData("darken", false)]
    [InlineData("overlay", false)]
    public void Knows_from_its_scalar_form_whether_black_leaves_the_bottom(string name, bool leaves) =>
        Mode(name).BlackLeavesBottom.Should().Be(leaves);

    [Theory]
    [InlineData("add", 200, 100, 255)]
    [InlineData("add", 20, 30, 50)]
    [InlineData("screen", 128, 128, 192)]
    [InlineData("screen", 0, 77, 77)]
    [InlineData("multiply", 255, 77, 77)]
    [InlineData("multiply", 128, 128, 64)]
    [InlineData("overlay", 64, 200, 100)]
    [InlineData("overlay", 200, 100, 188)]
    [InlineData("overlay", 0, 255, 0)]
    [InlineData("overlay", 255, 0, 255)]
    [InlineData("difference", 30, 200, 170)]
    [InlineData("subtract", 30, 200, 0)]
    [InlineData("subtract", 200, 30, 170)]
    [InlineData("lighten", 30, 200, 200)]
    [InlineData("darken", 30, 200, 30)]
    [InlineData("colordodge", 100, 0, 100)]
    [InlineData("colordodge", 100, 128, 201)]
    [InlineData("colordodge", 100, 200, 255)]
    [InlineData("colordodge", 0, 255, 0)]
    [InlineData("colordodge", 1, 255, 255)]
    public void Known_pairs(string mode, byte bottom, byte top, byte expected) => Blend(mode, bottom, top).Should().Be(expected);

    [Fact]
    public void Opacity_mixes_the_blend_with_the_layer_below()
    {
        using var bottom = new FrameBuffer(1, 1);
        using var top = new FrameBuffer(1, 1);
        bottom.Pixels.Fill(100);
        top.Pixels.Fill(100);
        LayerBlender.Blend(bottom, top, Mode("add"), 0.5f);
        bottom.Pixels[0].Should().Be(150);
    }

    private static string Spec(string mode) => $"""
        size: 160x90
        fps: 12
        seed: 7
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: sine_field
                color: {"{"} type: palette, name: fire {"}"}
              - field: rings
                grid: lg
                blend: {mode}
                color: {"{"} type: palette, name: ice {"}"}
        """;

    [Theory]
    [InlineData("add", 3, "42098e6a2a018eab")]
    [InlineData("add", 14, "acc95ad8421efb68")]
    [InlineData("darken", 3, "1d728f94f7664c24")]
    [InlineData("darken", 14, "52c73d4e36b3beb0")]
    [InlineData("difference", 3, "ad7ded4cfe20c142")]
    [InlineData("difference", 14, "ca65da3940fa7a5c")]
    [InlineData("lighten", 3, "8cfc50f0f20c9e7c")]
    [InlineData("lighten", 14, "21186c0145fdd1e6")]
    [InlineData("multiply", 3, "6fc9f2997a512c2d")]
    [InlineData("multiply", 14, "1bdb3225ba5b1506")]
    [InlineData("overlay", 3, "89502020b2f191af")]
    [InlineData("overlay", 14, "ddc5ea756fff6b49")]
    [InlineData("screen", 3, "355d3305217fb6ef")]
    [InlineData("screen", 14, "17c3c67806be9b1f")]
    [InlineData("subtract", 3, "9f00e4cb33222eeb")]
    [InlineData("subtract", 14, "27b433e67cbdda3c")]
    [InlineData("colordodge", 3, "97ea18eaacbb7110")]
    [InlineData("colordodge", 14, "fa17626035c4144d")]
    public void Matches_golden_hash(string mode, int frame, string expected) => TestRender.ShouldMatchGolden(Spec(mode), frame, expected);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Is_usable_by_name_in_a_spec(string mode)
    {
        TestRender.Plan(Spec(mode)).Spec.Scenes[0].Layers[1].Blend.Should().Be(Mode(mode));
    }
}
