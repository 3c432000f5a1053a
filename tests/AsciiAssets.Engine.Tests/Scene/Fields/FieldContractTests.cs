using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Fields;

/// <summary>What every registered field (particle systems included) promises: values in [0, 1] in every cell, a pure function of time and seed, no per-frame allocation.</summary>
public class FieldContractTests
{
    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<FieldParameters>().Entries.Where(e => e.CreateDefault() is not null))
        {
            data.Add(entry.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Writes_every_cell_with_a_value_in_0_to_1(string name)
    {
        var field = Probe.Field(Probe.Default<FieldParameters>(name));
        var values = new float[48 * 27];
        foreach (var frame in new[] { 0, 7, 123, 12 * 3600 })
        {
            values.AsSpan().Fill(float.NaN);
            field.Evaluate(Probe.At(frame), values);
            values.Should().OnlyContain(v => v >= 0f && v <= 1f, $"frame {frame} of {name}");
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Is_a_pure_function_of_time_and_seed(string name)
    {
        var parameters = Probe.Default<FieldParameters>(name);
        var fresh = Probe.Evaluate(parameters, Probe.At(40));

        // The same frame after other frames, in any order, must not differ: no state carries over.
        var reused = Probe.Field(parameters);
        var values = new float[48 * 27];
        foreach (var frame in new[] { 90, 3, 39, 40 })
        {
            reused.Evaluate(Probe.At(frame), values);
        }

        values.Should().Equal(fresh);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Does_not_allocate_per_frame(string name)
    {
        var field = Probe.Field(Probe.Default<FieldParameters>(name));
        var values = new float[48 * 27];
        field.Evaluate(Probe.At(1), values);
        Probe.Allocated(() =>
        {
            for (var frame = 2; frame < 12; frame++)
            {
                field.Evaluate(Probe.At(frame), values);
            }
        }).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Changes_over_time(string name)
    {
        var parameters = Probe.Default<FieldParameters>(name);
        Probe.Evaluate(parameters, Probe.At(30)).Should().NotEqual(Probe.Evaluate(parameters, Probe.At(31)));
    }
}
