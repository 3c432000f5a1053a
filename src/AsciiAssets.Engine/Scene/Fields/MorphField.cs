using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("morph", "Crossfades two fields cell by cell: from + (to − from) · mix. Give 'mix' an arc to morph one field into the other over the scene.")]
public sealed record MorphField(
    [Doc("The field shown at mix 0: a name or a mapping with 'type' and parameters (which may move too).")] FieldParameters From,
    [Doc("The field shown at mix 1.")] FieldParameters To,
    [Doc("How far from 'from' towards 'to'.")][Range(0, 1)] float Mix = 0.5f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => From.ReadsCoordinates && To.ReadsCoordinates;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(MorphField p, FieldSetup setup) : IValueField, IStatefulExecutor
    {
        private readonly ChildFields _children = new(setup, [p.From, p.To]);
        private readonly float[] _toValues = new float[setup.Grid.CellCount];

        public int WarmUpFrames => _children.WarmUpFrames;

        public void Reset() => _children.Reset();

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            // Both every frame, even at mix 0 or 1: a field may depend on the frames before.
            _children[0].Evaluate(time, values);
            _children[1].Evaluate(time, _toValues);
            var mix = p.Mix;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] += (_toValues[i] - values[i]) * mix;
            }
        }
    }
}
