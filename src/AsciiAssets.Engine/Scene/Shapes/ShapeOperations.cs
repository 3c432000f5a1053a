using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Shapes;

/// <summary>Evaluates each operand into its own scratch row, then folds the rows cell by cell.</summary>
internal abstract class FoldedShapes : ISignedDistance
{
    private readonly ISignedDistance[] _shapes;
    private readonly float[] _operand;

    protected FoldedShapes(IReadOnlyList<SdfShape> shapes, int cells)
    {
        _shapes = shapes.Select(s => s.Create(cells)).ToArray();
        _operand = new float[cells];
    }

    public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
    {
        _shapes[0].Distance(x, y, distance);
        for (var s = 1; s < _shapes.Length; s++)
        {
            var operand = _operand.AsSpan(0, distance.Length);
            _shapes[s].Distance(x, y, operand);
            for (var i = 0; i < distance.Length; i++)
            {
                distance[i] = Combine(distance[i], operand[i]);
            }
        }
    }

    protected abstract float Combine(float a, float b);
}

/// <summary>Polynomial smooth minimum (Inigo Quilez): min(a, b) with the corner rounded over a width k.</summary>
internal static class SmoothMin
{
    public static float Of(float a, float b, float k)
    {
        if (k <= 0)
        {
            return MathF.Min(a, b);
        }

        var h = Math.Clamp(0.5f + 0.5f * (b - a) / k, 0f, 1f);
        return b + (a - b) * h - k * h * (1f - h);
    }
}

[Registered("union", "Everything inside any of the shapes.")]
public sealed record UnionShape([Doc("The shapes, two or more.")] IReadOnlyList<SdfShape> Shapes) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(Shapes, cells);

    private sealed class Executor(IReadOnlyList<SdfShape> shapes, int cells) : FoldedShapes(shapes, cells)
    {
        protected override float Combine(float a, float b) => MathF.Min(a, b);
    }
}

[Registered("intersect", "Only what is inside every shape.")]
public sealed record IntersectShape([Doc("The shapes, two or more.")] IReadOnlyList<SdfShape> Shapes) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(Shapes, cells);

    private sealed class Executor(IReadOnlyList<SdfShape> shapes, int cells) : FoldedShapes(shapes, cells)
    {
        protected override float Combine(float a, float b) => MathF.Max(a, b);
    }
}

[Registered("subtract", "The first shape with every following one cut out of it.")]
public sealed record SubtractShape([Doc("The shape to cut from, then the shapes cut out of it.")] IReadOnlyList<SdfShape> Shapes) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(Shapes, cells);

    private sealed class Executor(IReadOnlyList<SdfShape> shapes, int cells) : FoldedShapes(shapes, cells)
    {
        protected override float Combine(float a, float b) => MathF.Max(a, -b);
    }
}

[Registered("smooth_union", "The shapes melted together like blobs of wax: a union whose joins are rounded over 'smoothness'.")]
public sealed record SmoothUnionShape(
    [Doc("The shapes, two or more.")] IReadOnlyList<SdfShape> Shapes,
    [Doc("Width of the rounded joins, in half grid heights.")][Range(0, 4)] float Smoothness = 0.25f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this, cells);

    private sealed class Executor(SmoothUnionShape p, int cells) : FoldedShapes(p.Shapes, cells)
    {
        protected override float Combine(float a, float b) => SmoothMin.Of(a, b, p.Smoothness);
    }
}

[Registered("smooth_subtract", "The first shape with the others scooped out of it, the cuts' edges rounded over 'smoothness'.")]
public sealed record SmoothSubtractShape(
    [Doc("The shape to cut from, then the shapes cut out of it.")] IReadOnlyList<SdfShape> Shapes,
    [Doc("Width of the rounded edges, in half grid heights.")][Range(0, 4)] float Smoothness = 0.15f) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this, cells);

    private sealed class Executor(SmoothSubtractShape p, int cells) : FoldedShapes(p.Shapes, cells)
    {
        // max(a, −b), smoothed: −smin(−a, b).
        protected override float Combine(float a, float b) => -SmoothMin.Of(-a, b, p.Smoothness);
    }
}

[Registered("repeat", "A shape repeated on a grid of cells, endlessly or a number of times each way.")]
public sealed record RepeatShape(
    [Doc("The shape repeated; put it at the centre.")] SdfShape Shape,
    [Doc("Distance between copies across, in half grid heights.")][Range(0.01, 20)] float SpacingX = 0.6f,
    [Doc("Distance between copies down, in half grid heights.")][Range(0.01, 20)] float SpacingY = 0.6f,
    [Doc("Copies each way from the centre copy; 0 repeats without end.")][Range(0, 1000)] int Count = 0) : SdfShape
{
    public override ISignedDistance Create(int cells) => new Executor(this, cells);

    private sealed class Executor(RepeatShape p, int cells) : ISignedDistance
    {
        private readonly ISignedDistance _shape = p.Shape.Create(cells);
        private readonly float[] _x = new float[cells];
        private readonly float[] _y = new float[cells];

        public void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance)
        {
            for (var i = 0; i < distance.Length; i++)
            {
                _x[i] = Fold(x[i], p.SpacingX, p.Count);
                _y[i] = Fold(y[i], p.SpacingY, p.Count);
            }

            _shape.Distance(_x.AsSpan(0, distance.Length), _y.AsSpan(0, distance.Length), distance);
        }

        private static float Fold(float v, float spacing, int count)
        {
            var copy = MathF.Round(v / spacing);
            if (count > 0)
            {
                copy = Math.Clamp(copy, -count, count);
            }

            return v - spacing * copy;
        }
    }
}
