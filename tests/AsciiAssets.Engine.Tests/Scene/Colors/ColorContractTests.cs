using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

/// <summary>What every registered colour strategy promises: a pure function of values, cells and time, and no allocation per frame.</summary>
public class ColorContractTests
{
    private const int Columns = 48;
    private const int Rows = 27;

    public static TheoryData<string> Colors()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<ColorParameters>().Entries.Where(e => e.CreateDefault() is not null))
        {
            data.Add(entry.Name);
        }

        return data;
    }

    private static float[] Ramp() => Enumerable.Range(0, Columns * Rows).Select(i => (i * 37 % 101) / 100f).ToArray();

    [Theory]
    [MemberData(nameof(Colors))]
    public void Is_a_pure_function_of_values_cells_and_time(string name)
    {
        var parameters = Probe.Default<ColorParameters>(name);
        var values = Ramp();
        var fresh = new Rgb24[values.Length];
        parameters.Create(Probe.Grid(Columns, Rows)).Colorize(Probe.At(40), values, fresh);

        var reused = parameters.Create(Probe.Grid(Columns, Rows));
        var colors = new Rgb24[values.Length];
        foreach (var frame in new[] { 90, 3, 39, 40 })
        {
            reused.Colorize(Probe.At(frame), values, colors);
        }

        colors.Should().Equal(fresh);
    }

    [Theory]
    [MemberData(nameof(Colors))]
    public void Does_not_allocate_per_frame(string name)
    {
        var colorizer = Probe.Default<ColorParameters>(name).Create(Probe.Grid(Columns, Rows));
        var values = Ramp();
        var colors = new Rgb24[values.Length];
        // The frame times are made first: only the colour strategy is measured.
        var times = Enumerable.Range(1, 11).Select(frame => Probe.At(frame)).ToArray();
        colorizer.Colorize(times[0], values, colors);
        Probe.Allocated(() =>
        {
            for (var t = 1; t < times.Length; t++)
            {
                colorizer.Colorize(times[t], values, colors);
            }
        }).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Colors))]
    public void Brighter_values_give_brighter_colours(string name)
    {
        var parameters = Probe.Default<ColorParameters>(name);
        if (parameters is SourceColor)
        {
            return; // it keeps the colours of the image under each cell, whatever the value
        }

        var colorizer = parameters.Create(Probe.Grid(2, 1));
        var colors = new Rgb24[2];
        colorizer.Colorize(Probe.At(0), [0.05f, 1f], colors);
        Luma(colors[1]).Should().BeGreaterThan(Luma(colors[0]));
    }

    private static double Luma(Rgb24 c) => 0.299 * c.R + 0.587 * c.G + 0.114 * c.B;
}
