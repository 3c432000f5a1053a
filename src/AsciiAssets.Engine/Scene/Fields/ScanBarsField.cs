using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

/// <summary>Which way the scan bars sweep.</summary>
public enum ScanDirection
{
    Down,
    Up,
    Right,
    Left,
}

[Registered("scan_bars", "Bright bars sweeping across the grid like a scanner, each trailing a fading afterglow.")]
public sealed record ScanBarsField(
    [Doc("Bars on screen at once, evenly spaced.")][Range(1, 32)] int Count = 3,
    [Doc("Which way they sweep: down, up, right or left.")] ScanDirection Direction = ScanDirection.Down,
    [Doc("Sweeps across the grid per second.")][Range(-10, 10)] float Speed = 0.25f,
    [Doc("Bar thickness, as a fraction of the sweep.")][Range(0.005, 0.5)] float Width = 0.04f,
    [Doc("Afterglow length behind each bar, as a fraction of the sweep; 0 draws hard bars.")][Range(0, 1)] float Trail = 0.12f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(ScanBarsField p, FieldSetup setup) : IValueField
    {
        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            var vertical = p.Direction is ScanDirection.Down or ScanDirection.Up;
            var backwards = p.Direction is ScanDirection.Up or ScanDirection.Left;
            var length = vertical ? rows : columns;
            var head = DetMath.Fract(time.Time * p.Speed);
            var count = Math.Max(1, p.Count);
            var spacing = 1f / count;
            for (var i = 0; i < values.Length; i++)
            {
                var along = ((vertical ? i / columns : i % columns) + 0.5f) / length;
                if (backwards)
                {
                    along = 1f - along;
                }

                // Distance behind the nearest bar ahead, within one spacing.
                var behind = DetMath.Fract((head - along) / spacing) * spacing;
                float v;
                if (behind < p.Width)
                {
                    v = 1f;
                }
                else if (p.Trail > 0)
                {
                    v = 0.85f * DetMath.Exp(-(behind - p.Width) / (p.Trail * 0.35f));
                }
                else
                {
                    v = 0f;
                }

                values[i] = DetMath.Clamp01(v);
            }
        }
    }
}
