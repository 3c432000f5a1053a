using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("glitch_displace", "Another field with bands of rows torn sideways, a new random tear several times a second, like a corrupted video signal.")]
public sealed record GlitchDisplaceField(
    [Doc("The field that is torn; plasma when not given.")] FieldParameters? Field = null,
    [Doc("Largest sideways shift, as a fraction of the grid width.")][Range(0, 1)] float Amount = 0.15f,
    [Doc("Fraction of the bands that are shifted at a time.")][Range(0, 1)] float Intensity = 0.35f,
    [Doc("New tears per second.")][Range(0.1, 60)] float Rate = 8f,
    [Doc("Typical band height, in rows.")][Range(1, 64)] float Band = 3f) : FieldParameters
{
    private static readonly FieldParameters DefaultField = new PlasmaField();

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(GlitchDisplaceField p, FieldSetup setup) : CorruptingExecutor(setup, p.Field ?? DefaultField)
    {
        protected override void Corrupt(in FrameTime time, ReadOnlySpan<float> clean, Span<float> values)
        {
            var grid = Setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var tick = Hash.Combine(Setup.Seed, (uint)(int)MathF.Floor(time.Time * p.Rate));
            var band = 0u;
            for (var r = 0; r < rows; band++)
            {
                var height = Math.Max(1, (int)(p.Band * (0.4f + 1.2f * Hash.Unit(tick, band, 1))));
                var torn = Hash.Unit(tick, band, 2) < p.Intensity;
                var shift = torn ? (int)MathF.Round((Hash.Unit(tick, band, 3) * 2f - 1f) * p.Amount * columns) : 0;
                for (var end = Math.Min(rows, r + height); r < end; r++)
                {
                    var row = r * columns;
                    for (var c = 0; c < columns; c++)
                    {
                        var from = (c - shift) % columns;
                        values[row + c] = clean[row + (from < 0 ? from + columns : from)];
                    }
                }
            }
        }
    }
}
