using AsciiAssets.Plan;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class BloomShaderTests
{
    private static readonly string Spec = ShaderTestKit.Spec("[bloom]");

    [Theory]
    [InlineData(3, "f8875a9df5c8e07b")]
    [InlineData(14, "c1661a7c483f96f7")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    public static TheoryData<int, int, float, float, string> ReferenceCases()
    {
        var data = new TheoryData<int, int, float, float, string>();
        foreach (var (width, height) in new[] { (1, 1), (5, 7), (31, 17), (203, 117), (640, 360) })
        {
            foreach (var (threshold, strength) in new[] { (130f, 1f), (40f, 3.7f), (0f, 4f), (129.5f, 1.25f), (250f, 0.3f) })
            {
                foreach (var pattern in new[] { "noise", "sparse" })
                {
                    data.Add(width, height, threshold, strength, pattern);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Matches_the_scalar_reference_bit_for_bit(int width, int height, float threshold, float strength, string pattern)
    {
        Func<int, int, int, byte> pixel = pattern == "noise"
            ? (x, y, c) => (byte)(AsciiAssets.Numerics.Hash.Combine((uint)x, (uint)y, (uint)c) >> 24)
            : (x, y, c) => (x / 7 + y / 5) % 9 == 0 ? (byte)(200 + c * 20) : (byte)(x % 3);
        using var frame = ShaderTestKit.Apply(new BloomShader(threshold, strength), ShaderTestKit.Frame(width, height, pixel));
        using var original = ShaderTestKit.Frame(width, height, pixel);
        var expected = original.Pixels.ToArray();

        BloomReference.Apply(expected, width, height, threshold, strength);

        frame.Pixels.ToArray().Should().Equal(expected);
        if (width > 100 && threshold < 200)
        {
            expected.Should().NotEqual(original.Pixels.ToArray(), "the comparison is of a frame that glows");
        }
    }

    [Fact]
    public void Raises_brightness_around_a_bright_spot()
    {
        static byte Spot(int x, int y, int c) => x is >= 28 and < 36 && y is >= 28 and < 36 ? (byte)255 : (byte)0;
        using var frame = ShaderTestKit.Apply(new BloomShader(), ShaderTestKit.Frame(64, 64, Spot));
        ShaderTestKit.At(frame, 32, 32).Should().Be(255);
        ShaderTestKit.At(frame, 39, 32).Should().BeGreaterThan(20, "just outside the spot glows");
        ShaderTestKit.At(frame, 32, 24).Should().BeGreaterThan(20);
        ShaderTestKit.At(frame, 39, 32).Should().BeGreaterThan(ShaderTestKit.At(frame, 44, 32), "the glow fades with distance");
        ShaderTestKit.At(frame, 0, 0).Should().Be(0, "far away stays black");
    }

    [Fact]
    public void Raises_the_mean_of_a_rendered_frame()
    {
        var plain = TestRender.LayerSpec("field: sine_field\ncolor: { type: palette, name: cyberpunk }");
        var plainMean = TestRender.Mean(TestRender.Frame(TestRender.Plan(plain), 6));
        TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(plainMean + 2);
    }

    [Fact]
    public void Leaves_frames_below_the_threshold_alone()
    {
        using var frame = ShaderTestKit.Apply(new BloomShader(Threshold: 130), ShaderTestKit.Frame(50, 30, (x, y, c) => (byte)((x + y) % 131)));
        using var original = ShaderTestKit.Frame(50, 30, (x, y, c) => (byte)((x + y) % 131));
        frame.Pixels.ToArray().Should().Equal(original.Pixels.ToArray());
    }

    [Fact]
    public void Strength_zero_changes_nothing()
    {
        using var frame = ShaderTestKit.Apply(new BloomShader(Strength: 0), ShaderTestKit.Frame(50, 30, (x, y, c) => (byte)(x * 5)));
        using var original = ShaderTestKit.Frame(50, 30, (x, y, c) => (byte)(x * 5));
        frame.Pixels.ToArray().Should().Equal(original.Pixels.ToArray());
    }

    [Fact]
    public void Is_skipped_below_the_standard_shader_level()
    {
        new BloomShader().MinimumLevel.Should().Be(ShaderLevel.Standard);
        var plain = TestRender.LayerSpec("field: sine_field\ncolor: { type: palette, name: cyberpunk }");
        TestRender.FrameHash(Spec, 6, QualityName.Draft).Should().Be(TestRender.FrameHash(plain, 6, QualityName.Draft));
    }
}
