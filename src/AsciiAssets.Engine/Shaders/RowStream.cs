using AsciiAssets.Frames;

namespace AsciiAssets.Shaders;

/// <summary>A shader whose result on a row depends on that row alone, so it can run on a band of rows at a time.</summary>
public interface IRowShader : IShader
{
    /// <summary>Applies the shader to rows <paramref name="top"/> (even) to <paramref name="bottom"/> (exclusive).</summary>
    void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time);

    /// <summary>The whole frame is one band.</summary>
    void IShader.Apply(FrameBuffer frame, in FrameTime time) => ApplyRows(frame, 0, frame.Height, time);
}

/// <summary>A shader that finishes rows top to bottom and reports them as it goes.</summary>
public interface IStreamingShader : IShader
{
    /// <summary>Applies the shader, telling <paramref name="rows"/> each time more rows from the top are final.</summary>
    void Apply(FrameBuffer frame, in FrameTime time, RowStream rows);
}

/// <summary>
/// Runs a chain of row shaders over rows as they become final, a band at a time, so the chain reads and writes each
/// row while it is still in cache instead of sweeping the whole frame once per shader. Bands start on even rows
/// (grain works on row pairs). Reused across frames; nothing is allocated per frame.
/// </summary>
public sealed class RowStream
{
    private const int BandRows = 16;

    private IShader[] _shaders = Array.Empty<IShader>();
    private int _first;
    private int _count;
    private FrameBuffer? _frame;
    private FrameTime _time;
    private int _done;

    /// <summary>Starts a frame: shaders[first .. first + count) are the row shaders to run, in order.</summary>
    public void Begin(FrameBuffer frame, in FrameTime time, IShader[] shaders, int first, int count)
    {
        _frame = frame;
        _time = time;
        _shaders = shaders;
        _first = first;
        _count = count;
        _done = 0;
    }

    /// <summary>Rows 0 .. <paramref name="rows"/> (exclusive) are final: runs the chain on the whole bands among them.</summary>
    public void Finished(int rows)
    {
        var frame = _frame ?? throw new InvalidOperationException("Begin a frame first.");
        var last = rows >= frame.Height;
        var ready = last ? frame.Height : rows & ~1;
        while (ready - _done >= BandRows || (last && _done < ready))
        {
            var end = Math.Min(_done + BandRows, ready);
            for (var i = _first; i < _first + _count; i++)
            {
                ((IRowShader)_shaders[i]).ApplyRows(frame, _done, end, _time);
            }

            _done = end;
        }
    }

    /// <summary>Runs the chain on whatever rows are left.</summary>
    public void End() => Finished(int.MaxValue);
}
