using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class PlasmaFieldTests
{
    private const string Spec = """
        size: 160x90
        fps: 12
        seed: 7
        scenes:
          - start: 0s
            end: 2s
            layers:
              - field: { type: plasma, scale: 1.5 }
                grid: md
        """;

    [Fact]
    public void Renders_a_lit_frame()
    {
        var pixels = TestRender.Frame(TestRender.Plan(Spec), 6);
        TestRender.Mean(pixels).Should().BeGreaterThan(15);
    }

    [Theory]
    [InlineData(0, "7cfbf049d49231d5")]
    [InlineData(6, "6641685bde7fa3bf")]
    public void Matches_golden_hash(int frame, string expected)
    {
        TestRender.ShouldMatchGolden(Spec, frame, expected);
    }
}
