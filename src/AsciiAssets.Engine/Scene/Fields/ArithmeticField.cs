using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

/// <summary>How an arithmetic field combines its fields, cell by cell.</summary>
public enum FieldOperation
{
    /// <summary>a · b: only where every field is bright.</summary>
    Multiply,

    /// <summary>a + b, clipped at 1.</summary>
    Add,

    /// <summary>|a − b|: bright where the fields disagree.</summary>
    Difference,

    /// <summary>The brightest of the fields.</summary>
    Max,
}

[Registered("arithmetic", "Combines two or more fields cell by cell: multiply, add, difference or max, folded left to right.")]
public sealed record ArithmeticField(
    [Doc("The fields, two or more: names or mappings with 'type'.")] IReadOnlyList<FieldParameters> Fields,
    [Doc("multiply, add, difference or max.")] FieldOperation Op = FieldOperation.Multiply,
    [Doc("Multiplier on the result, clipped to 0..1 (multiplying fields darkens, so a gain above 1 brings it back).")][Range(0, 8)] float Gain = 1f) : FieldParameters, IValidatedRecord
{
    protected internal override bool ReadsCoordinates => Fields.All(f => f.ReadsCoordinates);

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    public void Validate(RecordCheck check)
    {
        if (Fields.Count < 2)
        {
            check.Fail("fields", "needs at least two fields to combine");
        }
    }

    private sealed class Executor(ArithmeticField p, FieldSetup setup) : IValueField, IStatefulExecutor
    {
        private readonly ChildFields _children = new(setup, p.Fields);
        private readonly float[] _operand = new float[setup.Grid.CellCount];

        public int WarmUpFrames => _children.WarmUpFrames;

        public void Reset() => _children.Reset();

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            _children[0].Evaluate(time, values);
            for (var f = 1; f < _children.Count; f++)
            {
                _children[f].Evaluate(time, _operand);
                switch (p.Op)
                {
                    case FieldOperation.Multiply:
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] *= _operand[i];
                        }

                        break;
                    case FieldOperation.Add:
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] = MathF.Min(1f, values[i] + _operand[i]);
                        }

                        break;
                    case FieldOperation.Difference:
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] = MathF.Abs(values[i] - _operand[i]);
                        }

                        break;
                    default:
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] = MathF.Max(values[i], _operand[i]);
                        }

                        break;
                }
            }

            var gain = p.Gain;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = DetMath.Clamp01(values[i] * gain);
            }
        }
    }
}
