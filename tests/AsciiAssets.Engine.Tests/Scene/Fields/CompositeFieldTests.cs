using AsciiAssets.Numerics;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

public class CompositeFieldTests
{
    private static float[] Child(AsciiAssets.Scene.FieldParameters field, uint stream, int frame) =>
        Probe.Evaluate(field, Probe.At(frame), seed: Hash.Combine(7, stream));

    [Fact]
    public void Arithmetic_combines_its_fields_cell_by_cell_each_with_its_own_seed()
    {
        var a = new ValueNoiseField();
        var b = new RingsField();
        var x = Child(a, 1, 9);
        var y = Child(b, 2, 9);
        Probe.Evaluate(new ArithmeticField([a, b], FieldOperation.Multiply), Probe.At(9)).Should().Equal(x.Zip(y, (p, q) => p * q));
        Probe.Evaluate(new ArithmeticField([a, b], FieldOperation.Max), Probe.At(9)).Should().Equal(x.Zip(y, MathF.Max));
        Probe.Evaluate(new ArithmeticField([a, b], FieldOperation.Difference), Probe.At(9)).Should().Equal(x.Zip(y, (p, q) => MathF.Abs(p - q)));
    }

    [Fact]
    public void A_sequence_shows_each_field_in_turn_and_blends_only_in_the_transition()
    {
        var first = new PlasmaField();
        var second = new RingsField();
        var sequence = new SequenceField([first, second], Hold: 2, Transition: 0.5f);

        // 12 fps: frame 6 is 0.5 s into the first hold, frame 30 is 0.5 s into the second; frame 21 is in the first transition.
        Probe.Evaluate(sequence, Probe.At(6)).Should().Equal(Child(first, 1, 6));
        Probe.Evaluate(sequence, Probe.At(30)).Should().Equal(Child(second, 2, 30));
        Probe.Evaluate(sequence, Probe.At(21)).Should().NotEqual(Child(first, 1, 21)).And.NotEqual(Child(second, 2, 21));
    }

    [Fact]
    public void The_spectrum_grows_its_left_bars_with_the_low_bands()
    {
        // Synthetic 120 bpm: the kick at frame 0 fills the sub band; half a beat later it has died away.
        var field = new SpectrumBarsField();
        static double LeftFill(float[] v) => Enumerable.Range(0, 27).Average(r => v.Skip(r * 48).Take(8).Count(x => x > 0));
        LeftFill(Probe.Evaluate(field, Probe.At(0))).Should().BeGreaterThan(LeftFill(Probe.Evaluate(field, Probe.At(3))) + 0.5);
    }

    [Fact]
    public void The_ticker_draws_only_in_its_band_of_rows()
    {
        var values = Probe.Evaluate(new TickerField(Height: 0.3f, CenterY: 0.25f), Probe.At(40));
        Probe.RowMean(values, 48, 14, 27).Should().Be(0);
        Probe.RowMean(values, 48, 2, 12).Should().BeGreaterThan(0.05);
    }
}
