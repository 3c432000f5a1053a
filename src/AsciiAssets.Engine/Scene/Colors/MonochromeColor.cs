using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("monochrome", "One hue from near black to a pale tint: the value sets OKLCH lightness, chroma is strongest in the middle tones.")]
public sealed record MonochromeColor(
    [Doc("The hue in turns (0..1 is the colour wheel; 0 is pink-red, 0.4 green, 0.7 blue).")][Range(-10, 10)] float Hue = 0.4f,
    [Doc("OKLCH chroma of the middle tones; the darkest and lightest cells approach grey.")][Range(0, 0.4)] float Chroma = 0.14f,
    [Doc("Lightness of the darkest cells.")][Range(0, 1)] float Dark = 0.12f,
    [Doc("Lightness of the lightest cells.")][Range(0, 1)] float Light = 0.95f) : ColorParameters
{
    public override IColorizer Create(Grid grid) => new Executor(this);

    private sealed class Executor(MonochromeColor p) : IColorizer
    {
        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var v = DetMath.Clamp01(values[i]);
                // 4v(1 - v): no chroma at either end, full chroma at mid value, as a tint ramp looks in print.
                colors[i] = ColorSpaces.OklchToRgb(DetMath.Lerp(p.Dark, p.Light, v), p.Chroma * 4f * v * (1 - v), p.Hue);
            }
        }
    }
}
