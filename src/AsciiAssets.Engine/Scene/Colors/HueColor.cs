using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

/// <summary>Where the hue of a cell comes from.</summary>
public enum HueSource
{
    Value,
    Angle,
    Distance,
    Horizontal,
    Vertical,
    Time,
}

[Registered("hue", "HSV colour whose hue follows a field (value, angle, distance, horizontal, vertical or time); brightness follows the value.")]
public sealed record HueColor(
    [Doc("What drives the hue.")] HueSource Source = HueSource.Value,
    [Doc("Hue offset in turns (0..1 is the colour wheel).")][Range(-10, 10)] float Offset = 0f,
    [Doc("How many turns of the wheel the source spans.")][Range(-10, 10)] float Spread = 0.5f,
    [Doc("Turns per second the hue rotates.")][Range(-10, 10)] float Speed = 0.05f,
    [Doc("HSV saturation.")][Range(0, 1)] float Saturation = 0.8f,
    [Doc("Lowest brightness, for values near 0.")][Range(0, 1)] float Floor = 0.25f) : ColorParameters
{
    public override IColorizer Create(Grid grid) => new Executor(this, grid);

    private sealed class Executor(HueColor p, Grid grid) : IColorizer
    {
        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            var shift = p.Offset + time.Time * p.Speed;
            var columns = Math.Max(1, grid.Columns - 1);
            var rows = Math.Max(1, grid.Rows - 1);
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Eight cells at a time with the scalar loop's operations: the same colours.
                var shiftLanes = Vector256.Create(shift);
                var spread = Vector256.Create(p.Spread);
                var floor = Vector256.Create(p.Floor);
                var range = Vector256.Create(1 - p.Floor);
                for (; i + 8 <= values.Length; i += 8)
                {
                    var v = Vector256.Create(values.Slice(i, 8));
                    var source = p.Source switch
                    {
                        HueSource.Value => v,
                        HueSource.Angle => Vector256.Create<float>(grid.Angle.AsSpan(i)) / DetMath.TwoPi + Vector256.Create(0.5f),
                        HueSource.Distance => Vector256.Create<float>(grid.NormalizedDistance.AsSpan(i)),
                        HueSource.Horizontal => Vector256.Create<float>(grid.Column.AsSpan(i)) / columns,
                        HueSource.Vertical => Vector256.Create<float>(grid.Row.AsSpan(i)) / rows,
                        _ => Vector256<float>.Zero,
                    };
                    ColorSpaces.HsvToRgb(shiftLanes + source * spread, p.Saturation, floor + range * v, colors.Slice(i, 8));
                }
            }

            for (; i < values.Length; i++)
            {
                var v = values[i];
                var source = p.Source switch
                {
                    HueSource.Value => v,
                    HueSource.Angle => grid.Angle[i] / DetMath.TwoPi + 0.5f,
                    HueSource.Distance => grid.NormalizedDistance[i],
                    HueSource.Horizontal => grid.Column[i] / columns,
                    HueSource.Vertical => grid.Row[i] / rows,
                    _ => 0f,
                };
                colors[i] = ColorSpaces.HsvToRgb(shift + source * p.Spread, p.Saturation, p.Floor + (1 - p.Floor) * v);
            }
        }
    }
}
