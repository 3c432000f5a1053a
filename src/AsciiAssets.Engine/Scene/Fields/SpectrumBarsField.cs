using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("spectrum_bars", "An equaliser: bars across the width, from the sub band on the left to the high band on the right, as tall as the audio's band energies (the spec's tempo without audio).")]
public sealed record SpectrumBarsField(
    [Doc("Number of bars; the six bands are interpolated between them.")][Range(2, 256)] int Bars = 24,
    [Doc("Gap between bars, as a fraction of a bar's width.")][Range(0, 0.9)] float Gap = 0.25f,
    [Doc("Height multiplier on the band energies.")][Range(0.1, 4)] float Gain = 1f,
    [Doc("Grow the bars up and down from the middle instead of up from the bottom.")] bool Mirror = false) : FieldParameters, IUsesAudioFeatures
{
    bool IUsesAudioFeatures.UsesAudioFeatures => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(SpectrumBarsField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var grid = setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var bars = Math.Max(2, p.Bars);
            var barWidth = columns / (float)bars;
            var lit = barWidth * (1f - p.Gap);
            for (var c = 0; c < columns; c++)
            {
                // The bar covering most of the cell, and how much of the cell it covers (edges are partly lit).
                var (bar, coverage) = Cover(c, barWidth, lit, bars);
                if (coverage <= 0)
                {
                    continue;
                }

                // Six bands across the bars, linearly between neighbours.
                var position = bar / (float)(bars - 1) * 5f;
                var low = Math.Min(4, (int)position);
                var energy = DetMath.Lerp(time.Feature(AudioFeature.Sub + low), time.Feature(AudioFeature.Sub + low + 1), position - low);
                var level = DetMath.Clamp01(energy * p.Gain);
                if (p.Mirror)
                {
                    var half = rows / 2f;
                    for (var r = 0; r < rows; r++)
                    {
                        var fromMiddle = MathF.Abs(r + 0.5f - half) / half;
                        values[r * columns + c] = fromMiddle < level ? coverage * (0.35f + 0.65f * fromMiddle / MathF.Max(level, 1e-3f)) : 0f;
                    }
                }
                else
                {
                    var top = rows * (1f - level);
                    for (var r = 0; r < rows; r++)
                    {
                        var up = (rows - r - 0.5f) / rows;
                        values[r * columns + c] = r + 0.5f >= top ? coverage * (0.35f + 0.65f * up / MathF.Max(level, 1e-3f)) : 0f;
                    }
                }
            }

            for (var i = 0; i < values.Length; i++)
            {
                values[i] = DetMath.Clamp01(values[i]);
            }
        }

        /// <summary>Of the bars whose lit part [b · width, b · width + lit) overlaps cell [c, c + 1), the one covering most of it.</summary>
        private static (int Bar, float Coverage) Cover(int c, float width, float lit, int bars)
        {
            var best = (Bar: 0, Coverage: 0f);
            for (var b = Math.Max(0, (int)(c / width) - 1); b < bars && b * width < c + 1; b++)
            {
                var overlap = MathF.Min(c + 1, b * width + lit) - MathF.Max(c, b * width);
                if (overlap > best.Coverage)
                {
                    best = (b, MathF.Min(1f, overlap));
                }
            }

            return best;
        }
    }
}
