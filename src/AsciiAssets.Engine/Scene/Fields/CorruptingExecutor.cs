using AsciiAssets.Frames;

namespace AsciiAssets.Scene.Fields;

/// <summary>
/// The executor of a field that corrupts another: evaluates the wrapped field into a clean buffer (passing its
/// warm-up and reset on) and leaves the corruption to <see cref="Corrupt"/>.
/// </summary>
internal abstract class CorruptingExecutor(FieldSetup setup, FieldParameters field) : IValueField, IStatefulExecutor
{
    private readonly ChildFields _children = new(setup, [field]);
    private readonly float[] _clean = new float[setup.Grid.CellCount];

    protected FieldSetup Setup => setup;

    public int WarmUpFrames => _children.WarmUpFrames;

    public void Reset() => _children.Reset();

    public void Evaluate(in FrameTime time, Span<float> values)
    {
        _children[0].Evaluate(time, _clean);
        Corrupt(time, _clean, values);
    }

    /// <summary>Writes every cell of <paramref name="values"/> from the wrapped field's <paramref name="clean"/> values.</summary>
    protected abstract void Corrupt(in FrameTime time, ReadOnlySpan<float> clean, Span<float> values);
}
