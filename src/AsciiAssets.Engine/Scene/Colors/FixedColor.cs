using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Colors;

[Registered("fixed", "One colour for every cell; brightness follows the value.")]
public sealed record FixedColor(
    [Doc("The colour, #rrggbb; defaults to a terminal green (#33ff77).")] RgbColor? Color = null,
    [Doc("Lowest brightness, for values near 0.")][Range(0, 1)][NotBindable("the colour strategy takes it once when it is built")] float Floor = 0.25f) : ColorParameters
{
    public static readonly RgbColor DefaultColor = new(0x33, 0xff, 0x77);

    public override IColorizer Create(Grid grid) => new Executor(Color ?? DefaultColor, Floor);

    private sealed class Executor(RgbColor color, float floor) : IColorizer
    {
        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var scale = (int)((floor + (1 - floor) * DetMath.Clamp01(values[i])) * 256f + 0.5f);
                colors[i] = new Rgb24((byte)((color.R * scale) >> 8), (byte)((color.G * scale) >> 8), (byte)((color.B * scale) >> 8));
            }
        }
    }
}
