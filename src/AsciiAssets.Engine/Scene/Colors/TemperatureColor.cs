using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Colors;

[Registered("temperature", "Colour temperature: low values cold, high values warm, blended in OKLab; brightness follows the value.")]
public sealed record TemperatureColor(
    [Doc("The colour of the coldest cells, #rrggbb; defaults to a deep blue (#2f5bff).")] RgbColor? Cold = null,
    [Doc("The colour of the warmest cells, #rrggbb; defaults to an orange (#ff8a2a).")] RgbColor? Warm = null,
    [Doc("Shifts every cell towards warm (positive) or cold (negative).")][Range(-1, 1)] float Bias = 0f,
    [Doc("Lowest brightness, for values near 0.")][Range(0, 1)] float Floor = 0.3f) : ColorParameters
{
    public static readonly RgbColor DefaultCold = new(0x2f, 0x5b, 0xff);

    public static readonly RgbColor DefaultWarm = new(0xff, 0x8a, 0x2a);

    public override IColorizer Create(Grid grid) => new Executor(this, Oklab(Cold ?? DefaultCold), Oklab(Warm ?? DefaultWarm));

    private static (float L, float A, float B) Oklab(RgbColor color) => ColorSpaces.RgbToOklab(new Rgb24(color.R, color.G, color.B));

    private sealed class Executor(TemperatureColor p, (float L, float A, float B) cold, (float L, float A, float B) warm) : IColorizer
    {
        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var v = DetMath.Clamp01(values[i]);
                var (l, a, b) = ColorSpaces.LerpOklab(cold, warm, DetMath.Clamp01(v + p.Bias));
                var level = p.Floor + (1 - p.Floor) * v;
                colors[i] = ColorSpaces.OklabToRgb(l * level, a * level, b * level);
            }
        }
    }
}
