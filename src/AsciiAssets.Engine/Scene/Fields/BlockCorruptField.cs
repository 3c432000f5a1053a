using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("block_corrupt", "Another field with rectangular blocks gone wrong: filled with noise, copied from elsewhere, inverted or crushed to black and white, new blocks several times a second.")]
public sealed record BlockCorruptField(
    [Doc("The field that is corrupted; plasma when not given.")] FieldParameters? Field = null,
    [Doc("Blocks corrupted at a time.")][Range(0, 256)] int Blocks = 6,
    [Doc("Largest block side, as a fraction of the grid's width and height.")][Range(0.01, 1)] float Size = 0.18f,
    [Doc("New blocks per second.")][Range(0.1, 60)] float Rate = 5f) : FieldParameters
{
    private static readonly FieldParameters DefaultField = new PlasmaField();

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(BlockCorruptField p, FieldSetup setup) : CorruptingExecutor(setup, p.Field ?? DefaultField)
    {
        protected override void Corrupt(in FrameTime time, ReadOnlySpan<float> clean, Span<float> values)
        {
            clean.CopyTo(values);
            var grid = Setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var tickNumber = (uint)(int)MathF.Floor(time.Time * p.Rate);
            var tick = Hash.Combine(Setup.Seed, tickNumber);
            for (var b = 0u; b < p.Blocks; b++)
            {
                var width = 1 + (int)(Hash.Unit(tick, b, 1) * p.Size * columns);
                var height = 1 + (int)(Hash.Unit(tick, b, 2) * p.Size * rows);
                var left = (int)(Hash.Unit(tick, b, 3) * (columns - width + 1));
                var top = (int)(Hash.Unit(tick, b, 4) * (rows - height + 1));
                var kind = Hash.Combine(tick, b, 5) % 4;
                var sourceLeft = (int)(Hash.Unit(tick, b, 6) * (columns - width + 1));
                var sourceTop = (int)(Hash.Unit(tick, b, 7) * (rows - height + 1));
                for (var r = 0; r < height; r++)
                {
                    for (var c = 0; c < width; c++)
                    {
                        var i = (top + r) * columns + left + c;
                        values[i] = kind switch
                        {
                            0 => Hash.Unit(tick, (uint)i, 8),
                            1 => clean[(sourceTop + r) * columns + sourceLeft + c],
                            2 => 1f - clean[i],
                            _ => clean[i] >= 0.5f ? 1f : 0f,
                        };
                    }
                }
            }
        }
    }
}
