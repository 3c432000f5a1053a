using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("oklch", "Perceptually even OKLCH colour: hue rotates with time and spreads over a hue field (the value by default; angle gives the OKLCH angle field); lightness follows the value.")]
public sealed record OklchColor(
    [Doc("OKLCH lightness at full value (0 black, 1 white).")][Range(0, 1)] float Lightness = 0.8f,
    [Doc("OKLCH chroma (colourfulness); above about 0.2 some hues clip.")][Range(0, 0.4)] float Chroma = 0.15f,
    [Doc("Hue in turns (0..1 is the colour wheel; 0 is pink-red, 0.4 green, 0.7 blue).")][Range(-10, 10)] float Hue = 0f,
    [Doc("Turns per second the hue rotates.")][Range(-10, 10)] float HueSpeed = 0.05f,
    [Doc("Turns of hue the value range spans.")][Range(-10, 10)] float Spread = 0.3f,
    [Doc("Lowest lightness, as a fraction of lightness, for values near 0.")][Range(0, 1)] float Floor = 0.3f,
    [Doc("What the hue spreads over: value, angle, distance, horizontal, vertical, time, fixed, centroid (audio) or plasma.")] HueSource Source = HueSource.Value) : ColorParameters, IUsesAudioFeatures
{
    bool IUsesAudioFeatures.UsesAudioFeatures => Source == HueSource.Centroid;

    public override IColorizer Create(Grid grid) => new Executor(this, grid);

    private sealed class Executor(OklchColor p, Grid grid) : IColorizer
    {
        private readonly float[] _sources = new float[grid.CellCount];

        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            var hue = p.Hue + (p.Source == HueSource.Fixed ? 0f : time.Time * p.HueSpeed);
            var sources = _sources.AsSpan(0, values.Length);
            HueSources.Fill(p.Source, grid, time, values, sources);
            for (var i = 0; i < values.Length; i++)
            {
                var v = DetMath.Clamp01(values[i]);
                var level = p.Floor + (1 - p.Floor) * v;
                // Chroma shrinks with lightness so dark cells stay inside the sRGB gamut.
                colors[i] = ColorSpaces.OklchToRgb(p.Lightness * level, p.Chroma * level, hue + (p.Source == HueSource.Value ? v : sources[i]) * p.Spread);
            }
        }
    }
}
