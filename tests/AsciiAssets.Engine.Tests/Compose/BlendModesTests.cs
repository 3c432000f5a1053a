using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;
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
    [InlineData("add", true, false)]
    [InlineData("screen", true, false)]
    [InlineData("lighten", true, false)]
    [InlineData("difference", true, false)]
    [InlineData("subtract", true, false)]
    [InlineData("colordodge", true, false)]
    [InlineData("exclusion", true, false)]
    [InlineData("multiply", false, true)]
    [InlineData("darken", false, true)]
    [InlineData("colorburn", false, true)]
    [InlineData("normal", false, false)]
    [InlineData("overlay", false, false)]
    [InlineData("softlight", false, false)]
    [InlineData("hardlight", false, false)]
    [InlineData("linearlight", false, false)]
    [InlineData("vividlight", false, false)]
    [InlineData("pinlight", false, false)]
    [InlineData("hardmix", false, false)]
    [InlineData("grain_extract", false, false)]
    [InlineData("grain_merge", false, false)]
    public void Knows_from_its_scalar_form_whether_black_or_white_leaves_the_bottom(string name, bool blackLeaves, bool drawsOnWhite)
    {
        Mode(name).BlackLeavesBottom.Should().Be(blackLeaves);
        Mode(name).DrawsOnWhite.Should().Be(drawsOnWhite);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Its_form_for_the_inverse_of_a_layer_gives_its_scalar_form_of_the_inverse_for_every_pair(string name)
    {
        var mode = Mode(name);
        var inverse = mode.OfInverse;
        var (bottom, top) = AllPairs();
        using (bottom)
        using (top)
        {
            LayerBlender.Blend(bottom, top, inverse, 1f);
            for (var k = 0; k < 65536; k++)
            {
                int a = (byte)k;
                var b = k >> 8;
                if (bottom.Pixels[k] != mode.Blend(a, 255 - b))
                {
                    bottom.Pixels[k].Should().Be((byte)mode.Blend(a, 255 - b), $"{name} of bottom {a} and the inverse of top {b}");
                }
            }
        }
    }

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
    [InlineData("colorburn", 100, 255, 100)]
    [InlineData("colorburn", 100, 128, 0)]
    [InlineData("colorburn", 200, 128, 145)]
    [InlineData("colorburn", 255, 0, 255)]
    [InlineData("softlight", 128, 0, 64)]
    [InlineData("softlight", 128, 255, 192)]
    [InlineData("softlight", 0, 255, 0)]
    [InlineData("hardlight", 200, 64, 100)]
    [InlineData("hardlight", 100, 200, 188)]
    [InlineData("exclusion", 255, 100, 155)]
    [InlineData("exclusion", 128, 128, 128)]
    [InlineData("linearlight", 100, 200, 245)]
    [InlineData("linearlight", 100, 50, 0)]
    [InlineData("vividlight", 100, 64, 0)]
    [InlineData("vividlight", 100, 192, 202)]
    [InlineData("pinlight", 100, 30, 60)]
    [InlineData("pinlight", 100, 200, 145)]
    [InlineData("pinlight", 100, 150, 100)]
    [InlineData("hardmix", 100, 155, 255)]
    [InlineData("hardmix", 100, 154, 0)]
    [InlineData("grain_extract", 100, 128, 100)]
    [InlineData("grain_extract", 100, 20, 208)]
    [InlineData("grain_merge", 100, 128, 100)]
    [InlineData("grain_merge", 200, 220, 255)]
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
    [InlineData("darken", 3, "dc6fda84676ce421")]
    [InlineData("darken", 14, "136b51b24919b24c")]
    [InlineData("difference", 3, "ad7ded4cfe20c142")]
    [InlineData("difference", 14, "ca65da3940fa7a5c")]
    [InlineData("lighten", 3, "8cfc50f0f20c9e7c")]
    [InlineData("lighten", 14, "21186c0145fdd1e6")]
    [InlineData("multiply", 3, "9d8fb5a762ecdc00")]
    [InlineData("multiply", 14, "edc322426c42ae2a")]
    [InlineData("overlay", 3, "89502020b2f191af")]
    [InlineData("overlay", 14, "ddc5ea756fff6b49")]
    [InlineData("screen", 3, "355d3305217fb6ef")]
    [InlineData("screen", 14, "17c3c67806be9b1f")]
    [InlineData("subtract", 3, "9f00e4cb33222eeb")]
    [InlineData("subtract", 14, "27b433e67cbdda3c")]
    [InlineData("colordodge", 3, "97ea18eaacbb7110")]
    [InlineData("colordodge", 14, "fa17626035c4144d")]
    [InlineData("softlight", 3, "748b0fa519298e09")]
    [InlineData("softlight", 14, "6aead41489210639")]
    [InlineData("hardlight", 3, "881c1c868c359aba")]
    [InlineData("hardlight", 14, "2b544d8ecfe863da")]
    [InlineData("exclusion", 3, "c583aba3f4b64943")]
    [InlineData("exclusion", 14, "87a2dd49480d7915")]
    [InlineData("colorburn", 3, "03153b0defc8d4c4")]
    [InlineData("colorburn", 14, "9774ab201027f7aa")]
    [InlineData("linearlight", 3, "6b57dd62f8da79fe")]
    [InlineData("linearlight", 14, "6300ee3b9967092b")]
    [InlineData("vividlight", 3, "9e724f97e84a902b")]
    [InlineData("vividlight", 14, "b900a7c9112687cc")]
    [InlineData("pinlight", 3, "81f899e4e30f20c3")]
    [InlineData("pinlight", 14, "314c45f6a8ac904c")]
    [InlineData("hardmix", 3, "486dcc4f45c52683")]
    [InlineData("hardmix", 14, "f6e1e0122c843719")]
    [InlineData("grain_extract", 3, "a0652e0ad95d0f10")]
    [InlineData("grain_extract", 14, "86df928cf8d25b30")]
    [InlineData("grain_merge", 3, "92a153fe25e661b7")]
    [InlineData("grain_merge", 14, "6a71f5cd9ac3e81d")]
    public void Matches_golden_hash(string mode, int frame, string expected) => TestRender.ShouldMatchGolden(Spec(mode), frame, expected);

    [Theory]
    [InlineData("multiply")]
    [InlineData("darken")]
    [InlineData("colorburn")]
    public void A_sparse_layer_that_draws_on_white_changes_only_the_frame_under_its_ink(string mode)
    {
        var spec = TestRender.Plan(TestRender.LayerSpec($"field: starfield\nblend: {mode}")).Spec.Scenes[0].Layers[0];
        using var layer = new LayerRenderer(spec, 160, 90, 7, ParticleTier.Standard);
        using var frame = new FrameBuffer(160, 90);
        frame.Pixels.Fill(200);

        layer.BlendsWithoutBuffer.Should().BeTrue("its inverse form leaves the bottom where the inverted layer is black");
        layer.Evaluate(Probe.At(6));
        layer.BlendOnto(frame);

        var pixels = frame.Pixels.ToArray();
        pixels.Count(v => v == 200).Should().BeGreaterThan(pixels.Length * 3 / 4, "the unlit cells and the paper between strokes are white to the mode");
        pixels.Should().OnlyContain(v => v <= 200, $"{mode} never lightens");
        pixels.Should().Contain(v => v < 200, "the stars' ink darkens what is below");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Is_usable_by_name_in_a_spec(string mode)
    {
        TestRender.Plan(Spec(mode)).Spec.Scenes[0].Layers[1].Blend.Should().Be(Mode(mode));
    }
}
