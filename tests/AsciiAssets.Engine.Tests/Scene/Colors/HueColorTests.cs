using AsciiAssets.Numerics;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Colors;

public class HueColorTests
{
    [Theory]
    [InlineData(HueSource.Value)]
    [InlineData(HueSource.Angle)]
    [InlineData(HueSource.Distance)]
    [InlineData(HueSource.Horizontal)]
    [InlineData(HueSource.Vertical)]
    [InlineData(HueSource.Time)]
    public void Every_cell_is_the_hsv_colour_of_its_source(HueSource source)
    {
        // 13 x 7 cells: eleven groups of eight and a tail of three.
        var grid = Probe.Grid(13, 7);
        var color = new HueColor(source, Offset: 0.1f, Spread: 0.7f, Speed: 0.3f, Saturation: 0.6f, Floor: 0.2f);
        var time = Probe.AtSeconds(1.5);
        var values = Enumerable.Range(0, grid.CellCount).Select(i => i * 0.37f % 1f).ToArray();
        var colors = new Rgb24[grid.CellCount];

        color.Create(grid).Colorize(time, values, colors);

        for (var i = 0; i < grid.CellCount; i++)
        {
            var hueSource = source switch
            {
                HueSource.Value => values[i],
                HueSource.Angle => grid.Angle[i] / DetMath.TwoPi + 0.5f,
                HueSource.Distance => grid.NormalizedDistance[i],
                HueSource.Horizontal => grid.Column[i] / (grid.Columns - 1),
                HueSource.Vertical => grid.Row[i] / (grid.Rows - 1),
                _ => 0f,
            };
            var expected = ColorSpaces.HsvToRgb(0.1f + (float)time.Time * 0.3f + hueSource * 0.7f, 0.6f, 0.2f + (1 - 0.2f) * values[i]);
            colors[i].Should().Be(expected, $"cell {i}");
        }
    }
}
