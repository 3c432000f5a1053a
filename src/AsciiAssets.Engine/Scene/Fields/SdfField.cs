using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Shapes;

namespace AsciiAssets.Scene.Fields;

/// <summary>How an sdf field turns distance into brightness.</summary>
public enum SdfStyle
{
    /// <summary>Solid inside, with an anti-aliased edge.</summary>
    Filled,

    /// <summary>Only a line along the edge.</summary>
    Outline,

    /// <summary>A bright edge fading outward and inward like neon.</summary>
    Glow,
}

[Registered("sdf", "A shape from signed distances (circle, box, ring, line, triangle, star, heart, and unions, intersections, subtractions, smooth blends and repeats of them), filled, outlined or glowing, gently breathing.")]
public sealed record SdfField(
    [Doc("The shape: a name (circle, star, heart, …) or a mapping with 'type' and parameters; a circle when not given.")] SdfShape? Shape = null,
    [Doc("filled, outline or glow.")] SdfStyle Style = SdfStyle.Glow,
    [Doc("Outline width, or the width of the filled edge's blur, in cells.")][Range(0.1, 50)] float Width = 1.5f,
    [Doc("How far the glow reaches beyond the edge, in cells.")][Range(0.1, 200)] float Glow = 6f,
    [Doc("How much the shape swells and shrinks, in half grid heights.")][Range(0, 2)] float Breathe = 0.03f,
    [Doc("Breaths per second.")][Range(0, 20)] float Speed = 0.5f) : FieldParameters
{
    private static readonly SdfShape DefaultShape = new CircleShape();

    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(SdfField p, FieldSetup setup) : IValueField
    {
        private readonly ISignedDistance _shape = (p.Shape ?? DefaultShape).Create(setup.Grid.CellCount);
        private readonly float[] _x = new float[setup.Grid.CellCount];
        private readonly float[] _y = new float[setup.Grid.CellCount];

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var unit = 1f / grid.HalfHeight;
            for (var i = 0; i < values.Length; i++)
            {
                _x[i] = grid.Dx[i] * unit;
                _y[i] = grid.Dy[i] * unit;
            }

            _shape.Distance(_x, _y, values);
            var swell = p.Breathe * DetMath.Sin(time.Time * p.Speed * DetMath.TwoPi);
            // Distances in cells, so widths look the same on every grid.
            var toCells = grid.HalfHeight;
            var width = p.Width;
            var inverseGlow = 1f / p.Glow;
            for (var i = 0; i < values.Length; i++)
            {
                var d = (values[i] - swell) * toCells;
                var edge = MathF.Abs(d);
                values[i] = p.Style switch
                {
                    SdfStyle.Filled => DetMath.Clamp01(0.5f - d / width),
                    SdfStyle.Outline => DetMath.Clamp01(1f - edge / width),
                    _ => DetMath.Clamp01(MathF.Max(1f - edge / width, 0.85f * DetMath.Exp(-edge * inverseGlow) * (d > 0 ? 1f : 0.6f))),
                };
            }
        }
    }
}
