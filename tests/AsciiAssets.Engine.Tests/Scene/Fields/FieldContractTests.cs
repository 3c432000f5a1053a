using AsciiAssets.Frames;
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
        if (Probe.Field(parameters) is IStatefulExecutor { WarmUpFrames: > 0 })
        {
            return; // a simulation: Replays_the_same_frames_after_a_reset covers it
        }

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

    /// <summary>A field whose frames depend on earlier ones (a simulation) must, after Reset, give exactly the frames it gave from its start.</summary>
    [Theory]
    [MemberData(nameof(Fields))]
    public void Replays_the_same_frames_after_a_reset(string name)
    {
        var field = Probe.Field(Probe.Default<FieldParameters>(name));
        var first = Frames(field);
        (field as IStatefulExecutor)?.Reset();
        var replayed = Frames(field);
        var fresh = Frames(Probe.Field(Probe.Default<FieldParameters>(name)));

        replayed.Should().Equal(first);
        fresh.Should().Equal(first);

        static float[] Frames(IValueField field)
        {
            var all = new List<float>();
            var values = new float[48 * 27];
            for (var frame = 0; frame < 6; frame++)
            {
                field.Evaluate(Probe.At(frame), values);
                all.AddRange(values);
            }

            return all.ToArray();
        }
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
        var field = Probe.Field(Probe.Default<FieldParameters>(name));
        var before = Probe.Evaluate(field, Probe.At(30), 48 * 27);
        Probe.Evaluate(field, Probe.At(31), 48 * 27).Should().NotEqual(before);
    }
}
