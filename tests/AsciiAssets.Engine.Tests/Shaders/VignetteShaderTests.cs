using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class VignetteShaderTests
{
    private static readonly string Spec = ShaderTestKit.Spec("[vignette]");

    [Theory]
    [InlineData(3, "5bbeedd32ce713c5")]
    [InlineData(14, "f8c430b4bb601baa")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Corners_are_darker_than_the_centre_but_not_black()
    {
        using var frame = ShaderTestKit.Apply(new VignetteShader(Strength: 1f), ShaderTestKit.Frame(81, 41, (x, y, c) => 200));
        var centre = ShaderTestKit.At(frame, 40, 20);
        var corner = ShaderTestKit.At(frame, 0, 0);
        centre.Should().Be(200);
        corner.Should().BeLessThan(centre);
        corner.Should().BeGreaterThanOrEqualTo((byte)(200 * VignetteShader.Floor - 1));
        ShaderTestKit.At(frame, 20, 10).Should().BeInRange(corner, centre);
    }
}
