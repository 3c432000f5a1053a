using System.Runtime.Intrinsics;
using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("hue", "HSV colour whose hue follows a hue field (value, angle, distance, horizontal, vertical, time, fixed, the audio centroid or a plasma); brightness follows the value.")]
public sealed record HueColor(
    [Doc("What drives the hue.")] HueSource Source = HueSource.Value,
    [Doc("Hue offset in turns (0..1 is the colour wheel).")][Range(-10, 10)] float Offset = 0f,
    [Doc("How many turns of the wheel the source spans.")][Range(-10, 10)] float Spread = 0.5f,
    [Doc("Turns per second the hue rotates.")][Range(-10, 10)] float Speed = 0.05f,
    [Doc("HSV saturation.")][Range(0, 1)] float Saturation = 0.8f,
    [Doc("Lowest brightness, for values near 0.")][Range(0, 1)] float Floor = 0.25f) : ColorParameters, IUsesAudioFeatures
{
    bool IUsesAudioFeatures.UsesAudioFeatures => Source == HueSource.Centroid;

    public override IColorizer Create(Grid grid) => new Executor(this, grid);

    private sealed class Executor(HueColor p, Grid grid) : IColorizer
    {
        private readonly float[] _sources = new float[grid.CellCount];

        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            // A fixed hue does not rotate: speed applies to the fields that move.
            var shift = p.Offset + (p.Source == HueSource.Fixed ? 0f : time.Time * p.Speed);
            var sources = _sources.AsSpan(0, values.Length);
            HueSources.Fill(p.Source, grid, time, values, sources);
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
                    ColorSpaces.HsvToRgb(shiftLanes + Vector256.Create<float>(sources.Slice(i, 8)) * spread, p.Saturation, floor + range * v, colors.Slice(i, 8));
                }
            }

            for (; i < values.Length; i++)
            {
                colors[i] = ColorSpaces.HsvToRgb(shift + sources[i] * p.Spread, p.Saturation, p.Floor + (1 - p.Floor) * values[i]);
            }
        }
    }
}
