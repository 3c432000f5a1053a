using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

/// <summary>How the waveform is drawn.</summary>
public enum WaveformStyle
{
    /// <summary>A solid band, brightest on the centre line.</summary>
    Filled,

    /// <summary>Only the band's two edges.</summary>
    Line,
}

[Registered("waveform", "A scrolling waveform: the last seconds of an audio feature (loudness by default) drawn mirrored about the centre line, newest on the right.")]
public sealed record WaveformField(
    [Doc("The feature drawn (rms, bass, flux, …).")] AudioFeature Feature = AudioFeature.Rms,
    [Doc("Seconds of history across the width.")][Range(0.25, 60)] float Span = 4f,
    [Doc("Height multiplier.")][Range(0.1, 4)] float Gain = 1f,
    [Doc("filled (a solid band) or line (its edges only).")] WaveformStyle Style = WaveformStyle.Filled) : FieldParameters, IUsesAudioFeatures
{
    bool IUsesAudioFeatures.UsesAudioFeatures => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(WaveformField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var half = rows / 2f;
            var framesPerColumn = p.Span * time.Fps / columns;
            for (var c = 0; c < columns; c++)
            {
                var frame = time.Frame - (int)MathF.Round((columns - 1 - c) * (float)framesPerColumn);
                var amplitude = MathF.Max(0.5f / half, DetMath.Clamp01(ValueAt(time, frame) * p.Gain)) * half;
                for (var r = 0; r < rows; r++)
                {
                    var fromMiddle = MathF.Abs(r + 0.5f - half);
                    var inside = amplitude - fromMiddle;
                    values[r * columns + c] = p.Style == WaveformStyle.Filled
                        ? inside >= 0 ? 0.45f + 0.55f * (1f - fromMiddle / amplitude) : 0f
                        : inside >= 0 && inside < 1f ? 1f : 0f;
                }
            }
        }

        private float ValueAt(in FrameTime time, int frame) => time.Features?.Value(p.Feature, frame) ?? 0f;
    }
}
