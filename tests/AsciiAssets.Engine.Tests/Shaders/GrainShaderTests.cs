using AsciiAssets.Plan;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class GrainShaderTests
{
    private static readonly string Spec = ShaderTestKit.Spec("[grain]");

    private static byte[] Grained(int frameNumber, float amount = 14f, uint seed = 7)
    {
        using var frame = ShaderTestKit.Apply(new GrainShader(amount), ShaderTestKit.Frame(96, 54, (x, y, c) => 128), frameNumber, seed);
        return frame.Pixels.ToArray();
    }

    [Theory]
    [InlineData(3, "b19818bcf2f5e823")]
    [InlineData(14, "d5d0131921e63112")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Theory]
    [InlineData(3, "67aad256f2a20500")]
    [InlineData(14, "9eba043fb9ac2515")]
    public void Matches_golden_hash_when_held(int frame, string expected) => TestRender.ShouldMatchGolden(ShaderTestKit.Spec("[{ type: grain, hold: 3 }]"), frame, expected);

    [Fact]
    public void Held_grain_is_the_same_within_a_window_of_hold_frames_and_new_in_the_next()
    {
        byte[] Held(int frame)
        {
            using var grained = ShaderTestKit.Apply(new GrainShader(Hold: 3), ShaderTestKit.Frame(96, 54, (x, y, c) => 128), frame, 7);
            return grained.Pixels.ToArray();
        }

        Held(7).Should().Equal(Held(6)).And.Equal(Held(8), "frames 6, 7 and 8 are one window, counted from frame 0");
        Held(9).Should().NotEqual(Held(8));
        Held(5).Should().NotEqual(Held(6));
        Held(6).Should().Equal(Grained(2), "window 2 draws what frame 2 draws without a hold");
        Held(-1).Should().Equal(Held(-3)).And.NotEqual(Held(0), "a loop's frames before the start make whole windows too");
    }

    [Fact]
    public void The_same_frame_is_identical_and_the_next_frame_differs()
    {
        Grained(5).Should().Equal(Grained(5));
        Grained(5).Should().NotEqual(Grained(6));
        Grained(5, seed: 1).Should().NotEqual(Grained(5, seed: 2));
    }

    [Fact]
    public void A_rendered_frame_is_reproducible()
    {
        var plan = TestRender.Plan(Spec);
        TestRender.Frame(plan, 8).Should().Equal(TestRender.Frame(plan, 8));
    }

    [Fact]
    public void Grain_comes_in_grey_2x2_blocks_within_the_amount()
    {
        var pixels = Grained(3, amount: 20f);
        const int Width = 96;
        for (var y = 0; y < 54; y += 2)
        {
            for (var x = 0; x < Width; x += 2)
            {
                var o = (y * Width + x) * 3;
                var value = pixels[o];
                Math.Abs(value - 128).Should().BeLessThanOrEqualTo(20);
                foreach (var (dx, dy) in new[] { (0, 0), (1, 0), (0, 1), (1, 1) })
                {
                    var p = ((y + dy) * Width + x + dx) * 3;
                    pixels[p].Should().Be(value);
                    pixels[p + 1].Should().Be(value);
                    pixels[p + 2].Should().Be(value);
                }
            }
        }

        pixels.Distinct().Count().Should().BeGreaterThan(20, "the grain is noisy");
        pixels.Average(b => (double)b).Should().BeApproximately(128, 1.5);
    }

    [Fact]
    public void Clamps_at_black_and_white()
    {
        using var frame = ShaderTestKit.Apply(new GrainShader(100f), ShaderTestKit.Frame(40, 20, (x, y, c) => x < 20 ? (byte)250 : (byte)5), 1);
        frame.Pixels.ToArray().Should().Contain(255).And.Contain(0);
    }

    [Fact]
    public void Runs_only_at_the_full_level() => new GrainShader().MinimumLevel.Should().Be(ShaderLevel.Full);
}
