using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;

namespace AsciiAssets.Scene.Fields;

/// <summary>
/// A field drawn through its <c>transform</c> list. Each frame the transforms rewrite a private copy of the grid's
/// coordinates; a field that reads only those tables is evaluated on them directly (exact, smooth), any other is
/// evaluated on the grid as it is and sampled bilinearly at the transformed positions (cells outside read 0).
/// </summary>
internal sealed class TransformedField : IValueField, IStatefulExecutor
{
    private readonly Grid _source;
    private readonly Grid _warped;
    private readonly ICoordinateTransform[] _transforms;
    private readonly IValueField _inner;
    private readonly float[]? _unwarped;

    public TransformedField(FieldParameters field, IReadOnlyList<CoordinateTransform> transforms, FieldSetup setup)
    {
        _source = setup.Grid;
        _warped = new Grid(setup.Grid);
        _transforms = transforms.Select(t => t.Create(setup.Grid)).ToArray();
        if (field.ReadsCoordinates)
        {
            _inner = field.Create(setup with { Grid = _warped });
        }
        else
        {
            _inner = field.Create(setup);
            _unwarped = new float[setup.Grid.CellCount];
        }
    }

    public int WarmUpFrames => _inner is IStatefulExecutor stateful ? stateful.WarmUpFrames : 0;

    public void Reset() => (_inner as IStatefulExecutor)?.Reset();

    public void Evaluate(in FrameTime time, Span<float> values)
    {
        var x = _warped.Dx;
        var y = _warped.Dy;
        _source.Dx.CopyTo(x, 0);
        _source.Dy.CopyTo(y, 0);
        foreach (var transform in _transforms)
        {
            transform.Apply(time, x, y);
        }

        var centreX = (_source.Columns - 1) / 2f;
        var centreY = (_source.Rows - 1) / 2f;
        var inverseAspect = 1f / _source.Aspect;
        if (_unwarped is null)
        {
            var inverseMax = _source.MaxDistance > 0 ? 1f / _source.MaxDistance : 0f;
            for (var i = 0; i < x.Length; i++)
            {
                var distance = MathF.Sqrt(x[i] * x[i] + y[i] * y[i]);
                _warped.Distance[i] = distance;
                _warped.NormalizedDistance[i] = distance * inverseMax;
                _warped.Angle[i] = DetMath.Atan2(y[i], x[i]);
                _warped.Column[i] = x[i] + centreX;
                _warped.Row[i] = y[i] * inverseAspect + centreY;
            }

            _inner.Evaluate(time, values);
            return;
        }

        _inner.Evaluate(time, _unwarped);
        var columns = _source.Columns;
        var rows = _source.Rows;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Sample(_unwarped, columns, rows, x[i] + centreX, y[i] * inverseAspect + centreY);
        }
    }

    /// <summary>Bilinear lookup at a fractional cell position; positions off the grid read 0.</summary>
    private static float Sample(float[] cells, int columns, int rows, float column, float row)
    {
        if (!(column > -1f && column < columns && row > -1f && row < rows))
        {
            return 0f;
        }

        var c0 = (int)MathF.Floor(column);
        var r0 = (int)MathF.Floor(row);
        var fc = column - c0;
        var fr = row - r0;
        var top = DetMath.Lerp(At(cells, columns, rows, c0, r0), At(cells, columns, rows, c0 + 1, r0), fc);
        var bottom = DetMath.Lerp(At(cells, columns, rows, c0, r0 + 1), At(cells, columns, rows, c0 + 1, r0 + 1), fc);
        return DetMath.Lerp(top, bottom, fr);
    }

    private static float At(float[] cells, int columns, int rows, int column, int row) =>
        (uint)column < (uint)columns && (uint)row < (uint)rows ? cells[row * columns + column] : 0f;
}
