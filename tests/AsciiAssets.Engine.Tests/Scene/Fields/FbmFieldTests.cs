using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class FbmFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: fbm");

    [Fact]
    public void Renders_a_lit_frame() => TestRender.Mean(TestRender.Frame(TestRender.Plan(Spec), 6)).Should().BeGreaterThan(15);

    [Theory]
    [InlineData(3, "ec82d074ec882ea7")]
    [InlineData(14, "070b61330fb5fb0b")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.ShouldMatchGolden(Spec, frame, expected);

    [Fact]
    public void Defaults_follow_the_reference()
    {
        var field = new FbmField();
        field.Octaves.Should().Be(5);
        field.Lacunarity.Should().Be(2f);
        field.Gain.Should().Be(0.5f);
    }

    [Fact]
    public void More_octaves_add_fine_detail()
    {
        // Mean step between neighbours relative to the spread of the values: high when detail is fine.
        static double Roughness(float[] values, int columns)
        {
            double step = 0;
            var count = 0;
            for (var i = 0; i + 1 < values.Length; i++)
            {
                if ((i + 1) % columns != 0)
                {
                    step += MathF.Abs(values[i + 1] - values[i]);
                    count++;
                }
            }

            var mean = values.Average();
            var spread = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
            return step / count / spread;
        }

        var smooth = Probe.Evaluate(new FbmField(Octaves: 1, Contrast: 1), Probe.At(5), 96, 54);
        var rough = Probe.Evaluate(new FbmField(Octaves: 5, Contrast: 1), Probe.At(5), 96, 54);
        Roughness(rough, 96).Should().BeGreaterThan(Roughness(smooth, 96) * 1.5);
    }
}
