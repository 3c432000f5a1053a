using AsciiAssets.Plan;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class ScanlinesShaderTests
{
    private static readonly string Spec = ShaderTestKit.Spec("[scanlines]");

    [Theory]
    [InlineData(3, "e4fc7641c99009e7")]
    [InlineData(14, "243de5d75b30ac91")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Theory]
    [InlineData(2, new[] { 2, 3, 6, 7, 10, 11 })]
    [InlineData(3, new[] { 4, 5, 10, 11 })]
    public void Darkens_one_row_pair_in_every_spacing_pairs(int spacing, int[] darkRows)
    {
        using var frame = ShaderTestKit.Apply(new ScanlinesShader(spacing, Strength: 0.5f), ShaderTestKit.Frame(37, 12, (x, y, c) => 200));
        for (var y = 0; y < 12; y++)
        {
            var expected = darkRows.Contains(y) ? 100 : 200;
            frame.Row(y).ToArray().Should().OnlyContain(b => b == expected, $"row {y}");
        }
    }

    [Fact]
    public void Runs_at_every_level() => new ScanlinesShader().MinimumLevel.Should().Be(ShaderLevel.Minimal);
}
