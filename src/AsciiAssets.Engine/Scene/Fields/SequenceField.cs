using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

/// <summary>How a sequence passes from one field to the next.</summary>
public enum SequenceTransition
{
    /// <summary>Cell values fade from one field to the other.</summary>
    Crossfade,

    /// <summary>Cells switch over one by one in a random order.</summary>
    Dissolve,

    /// <summary>A soft edge sweeps from left to right.</summary>
    Wipe,
}

[Registered("sequence", "Shows its fields in turn, each for 'hold' seconds, passing to the next with a crossfade, dissolve or wipe, and starting over after the last.")]
public sealed record SequenceField(
    [Doc("The fields in order: names or mappings with 'type'.")] IReadOnlyList<FieldParameters> Fields,
    [Doc("Seconds each field is shown, its transition included.")][Range(0.1, 600)] float Hold = 3f,
    [Doc("Seconds of the transition into the next field.")][Range(0, 60)] float Transition = 1f,
    [Doc("crossfade, dissolve or wipe.")] SequenceTransition Style = SequenceTransition.Crossfade) : FieldParameters, IValidatedRecord
{
    protected internal override bool ReadsCoordinates => Style != SequenceTransition.Wipe && Fields.All(f => f.ReadsCoordinates);

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    public void Validate(RecordCheck check)
    {
        if (Fields.Count < 2)
        {
            check.Fail("fields", "needs at least two fields to show in turn");
        }

        if (Transition > Hold)
        {
            check.Fail("transition", "is longer than 'hold', so a transition would start before the last one ended");
        }
    }

    /// <summary>The scene time picks the field: index = floor(t / hold) mod count; the last 'transition' seconds of each hold blend into the next.</summary>
    private sealed class Executor(SequenceField p, FieldSetup setup) : IValueField, IStatefulExecutor
    {
        private readonly ChildFields _children = new(setup, p.Fields);
        private readonly float[] _next = new float[setup.Grid.CellCount];
        private readonly float[] _unused = new float[setup.Grid.CellCount];

        public int WarmUpFrames => _children.WarmUpFrames;

        public void Reset() => _children.Reset();

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var t = time.SceneTime;
            var count = _children.Count;
            var step = (long)MathF.Floor(t / p.Hold);
            var current = (int)(step % count);
            var next = (current + 1) % count;
            var into = t - step * p.Hold;
            var blend = p.Transition > 0 ? DetMath.Clamp01((into - (p.Hold - p.Transition)) / p.Transition) : 0f;

            _children[current].Evaluate(time, values);
            if (blend > 0)
            {
                _children[next].Evaluate(time, _next);
            }

            // A simulation keeps running while it is not shown, so it is the same whenever it comes back.
            for (var f = 0; f < count; f++)
            {
                if (f != current && (f != next || blend <= 0) && _children.IsStateful(f))
                {
                    _children[f].Evaluate(time, _unused);
                }
            }

            if (blend <= 0)
            {
                return;
            }

            var columns = setup.Grid.Columns;
            var eased = DetMath.SmoothStep(blend);
            for (var i = 0; i < values.Length; i++)
            {
                var weight = p.Style switch
                {
                    SequenceTransition.Crossfade => eased,
                    SequenceTransition.Dissolve => Hash.Unit(setup.Seed, (uint)i) < blend ? 1f : 0f,
                    _ => DetMath.Clamp01((blend * 1.2f - (i % columns) / (float)columns) / 0.2f),
                };
                values[i] += (_next[i] - values[i]) * weight;
            }
        }
    }
}
