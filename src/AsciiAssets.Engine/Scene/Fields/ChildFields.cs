using AsciiAssets.Frames;

namespace AsciiAssets.Scene.Fields;

/// <summary>
/// The executors of a composite field's inner fields, and the state they hold: a composite is stateful exactly when
/// one of its children is, and passes Reset on, so a simulation inside a morph replays like one on its own.
/// </summary>
internal sealed class ChildFields : IStatefulExecutor
{
    private readonly IValueField[] _fields;

    public ChildFields(FieldSetup setup, IEnumerable<FieldParameters> fields, uint streamStart = 1)
    {
        var stream = streamStart;
        _fields = fields.Select(f => f.Build(setup with { Seed = Numerics.Hash.Combine(setup.Seed, stream++) })).ToArray();
        WarmUpFrames = _fields.OfType<IStatefulExecutor>().Select(f => f.WarmUpFrames).DefaultIfEmpty(0).Max();
    }

    public int Count => _fields.Length;

    public IValueField this[int index] => _fields[index];

    public int WarmUpFrames { get; }

    /// <summary>True when the child's output depends on earlier frames, so it must be evaluated every frame even while unseen.</summary>
    public bool IsStateful(int index) => _fields[index] is IStatefulExecutor { WarmUpFrames: > 0 };

    public void Reset()
    {
        foreach (var field in _fields)
        {
            (field as IStatefulExecutor)?.Reset();
        }
    }
}
