using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

/// <summary>
/// A colour harmony: a few OKLCH hues at fixed offsets from a base hue; the value runs through them in order,
/// each held for most of its share and blended into the next in OKLab, and lightness (with chroma) follows the value.
/// </summary>
public abstract record HarmonyColor : ColorParameters
{
    [SharedParameter(0.6f)]
    [Doc("Base hue in turns (0..1 is the colour wheel; 0 is pink-red, 0.4 green, 0.7 blue).")]
    [Range(-10, 10)]
    public float Hue { get; init; } = 0.6f;

    [SharedParameter(0.02f)]
    [Doc("Turns per second the whole harmony rotates.")]
    [Range(-10, 10)]
    public float HueSpeed { get; init; } = 0.02f;

    [SharedParameter(0.78f)]
    [Doc("OKLCH lightness at full value.")]
    [Range(0, 1)]
    public float Lightness { get; init; } = 0.78f;

    [SharedParameter(0.14f)]
    [Doc("OKLCH chroma at full value; above about 0.2 some hues clip.")]
    [Range(0, 0.4)]
    public float Chroma { get; init; } = 0.14f;

    [SharedParameter(0.3f)]
    [Doc("Lowest lightness, as a fraction of lightness, for values near 0.")]
    [Range(0, 1)]
    public float Floor { get; init; } = 0.3f;

    [SharedParameter(0.3f)]
    [Doc("Fraction of the way between two neighbouring hues spent blending (in OKLab); 0 steps, 1 blends all the way, which passes near grey between opposite hues.")]
    [Range(0, 1)]
    public float Blend { get; init; } = 0.3f;

    /// <summary>The harmony's hues as offsets in turns from the base hue, in the order the value runs through them.</summary>
    protected abstract float[] Offsets { get; }

    public override IColorizer Create(Grid grid) => new Executor(this, Offsets);

    private sealed class Executor(HarmonyColor p, float[] offsets) : IColorizer
    {
        private readonly (float L, float A, float B)[] _stops = new (float, float, float)[offsets.Length];

        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            var hue = p.Hue + time.Time * p.HueSpeed;
            for (var k = 0; k < offsets.Length; k++)
            {
                _stops[k] = ColorSpaces.OklchToOklab(p.Lightness, p.Chroma, hue + offsets[k]);
            }

            var last = offsets.Length - 1;
            for (var i = 0; i < values.Length; i++)
            {
                var v = DetMath.Clamp01(values[i]);
                var position = v * last;
                var k = Math.Min((int)position, last - 1);
                var (l, a, b) = ColorSpaces.LerpOklab(_stops[k], _stops[k + 1], Blended(position - k, p.Blend));
                // Lightness and chroma scale together, as in oklch, so dark cells stay inside the gamut.
                var level = p.Floor + (1 - p.Floor) * v;
                colors[i] = ColorSpaces.OklabToRgb(l * level, a * level, b * level);
            }
        }

        /// <summary>The blend weight at a fraction of the way between two hues: 0 then a ramp over the middle <paramref name="blend"/> then 1.</summary>
        private static float Blended(float fraction, float blend) =>
            blend <= 0 ? (fraction < 0.5f ? 0f : 1f) : DetMath.Clamp01((fraction - 0.5f) / blend + 0.5f);
    }
}
