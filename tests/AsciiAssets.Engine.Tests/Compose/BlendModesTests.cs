using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Compose;

public class BlendModesTests
{
    /// <summary>The exact result each mode promises for bottom a and top b, with ties impossible (255 is odd).</summary>
    private static int Expected(string mode, int a, int b) => mode switch
    {
        "add" => Math.Min(255, a + b),
        "screen" => a + b - Div255(a * b),
        "multiply" => Div255(a * b),
        "overlay" => a < 128 ? Div255(2 * a * b) : 255 - Div255(2 * (255 - a) * (255 - b)),
        "difference" => Math.Abs(a - b),
        "subtract" => Math.Max(0, a - b),
        "lighten" => Math.Max(a, b),
        "darken" => Math.Min(a, b),
        "normal" => b,
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private static int Div255(int x) => (int)Math.Round(x / 255.0, MidpointRounding.AwayFromZero);

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

    [Theory]
    [InlineData("add")]
    [InlineData("screen")]
    [InlineData("multiply")]
    [InlineData("overlay")]
    [InlineData("difference")]
    [InlineData("subtract")]
    [InlineData("lighten")]
    [InlineData("darken")]
    public void Is_exact_for_every_pair_of_channel_values(string mode)
    {
        // 256 x 86 pixels hold all 65 536 (bottom, top) pairs, one pair per channel byte.
        using var bottom = new FrameBuffer(256, 86);
        using var top = new FrameBuffer(256, 86);
        bottom.Clear();
        top.Clear();
        for (var k = 0; k < 65536; k++)
        {
            bottom.Pixels[k] = (byte)k;
            top.Pixels[k] = (byte)(k >> 8);
        }

        LayerBlender.Blend(bottom, top, Mode(mode), 1f);
        var result = bottom.Pixels;
        for (var k = 0; k < 65536; k++)
        {
            int a = (byte)k;
            var b = k >> 8;
            if (result[k] != Expected(mode, a, b))
            {
                result[k].Should().Be((byte)Expected(mode, a, b), $"{mode} of bottom {a} and top {b}");
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
    public void Matches_golden_hash(string mode, int frame, string expected) => TestRender.FrameHash(Spec(mode), frame).Should().Be(expected);

    [Theory]
    [InlineData("add")]
    [InlineData("screen")]
    [InlineData("multiply")]
    [InlineData("overlay")]
    [InlineData("difference")]
    [InlineData("subtract")]
    [InlineData("lighten")]
    [InlineData("darken")]
    public void Is_usable_by_name_in_a_spec(string mode)
    {
        TestRender.Plan(Spec(mode)).Spec.Scenes[0].Layers[1].Blend.Should().Be(Mode(mode));
    }
}
