using AsciiAssets.Plan;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class CrtShaderTests
{
    private static readonly string Spec = ShaderTestKit.Spec("[crt]");

    [Theory]
    [InlineData(3, "ac06af3b261935c2")]
    [InlineData(14, "a00a9c90bae7478b")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Bulges_the_picture_and_blackens_the_corners()
    {
        // A horizontal ramp: after barrel distortion, a pixel right of the centre shows a pixel further out.
        static byte Ramp(int x, int y, int c) => (byte)(x + 20);
        using var frame = ShaderTestKit.Apply(new CrtShader(Amount: 0.3f), ShaderTestKit.Frame(201, 101, Ramp));
        ShaderTestKit.At(frame, 100, 50).Should().Be(120, "the centre stays put");
        ShaderTestKit.At(frame, 150, 50).Should().BeGreaterThan(170);
        ShaderTestKit.At(frame, 50, 50).Should().BeLessThan(70);
        ShaderTestKit.At(frame, 0, 0).Should().Be(0);
        ShaderTestKit.At(frame, 200, 100).Should().Be(0);
    }

    [Fact]
    public void Amount_zero_changes_nothing()
    {
        using var frame = ShaderTestKit.Apply(new CrtShader(Amount: 0), ShaderTestKit.Frame(61, 33, (x, y, c) => (byte)(x * 3 + y + c)));
        using var original = ShaderTestKit.Frame(61, 33, (x, y, c) => (byte)(x * 3 + y + c));
        frame.Pixels.ToArray().Should().Equal(original.Pixels.ToArray());
    }

    [Fact]
    public void Runs_from_the_standard_level() => new CrtShader().MinimumLevel.Should().Be(ShaderLevel.Standard);
}
