using AsciiAssets.Numerics;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class MorphFieldTests
{
    private static readonly string Spec = TestRender.LayerSpec("field: { type: morph, from: value_noise, to: { type: rings, scale: 2 }, mix: 0.3 }");

    [Theory]
    [InlineData(3, "ee72a75ee70faac7")]
    [InlineData(14, "9ea5e6433e8229db")]
    public void Matches_golden_hash(int frame, string expected) => TestRender.FrameHash(Spec, frame).Should().Be(expected);

    [Theory]
    [InlineData(0f)]
    [InlineData(0.3f)]
    [InlineData(1f)]
    public void Crossfades_its_two_fields_cell_by_cell_each_with_its_own_seed(float mix)
    {
        var from = new ValueNoiseField();
        var to = new RingsField(Scale: 2);
        var time = Probe.At(9);

        var morphed = Probe.Evaluate(new MorphField(from, to, mix), time, seed: 7);

        var a = Probe.Evaluate(from, time, seed: Hash.Combine(7, 1));
        var b = Probe.Evaluate(to, time, seed: Hash.Combine(7, 2));
        morphed.Should().Equal(a.Zip(b, (x, y) => x + (y - x) * mix));
        morphed.Should().OnlyContain(v => v >= 0f && v <= 1f);
    }

    [Fact]
    public void Does_not_allocate_per_frame()
    {
        var field = Probe.Field(new MorphField(new PlasmaField(), new RingsField(), 0.5f));
        var values = new float[48 * 27];
        field.Evaluate(Probe.At(1), values);

        Probe.Allocated(() => field.Evaluate(Probe.At(2), values)).Should().Be(0);
    }
}
