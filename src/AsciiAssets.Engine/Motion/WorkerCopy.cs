using System.Reflection;
using System.Runtime.CompilerServices;
using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Motion;

/// <summary>
/// A worker's private deep copy of a spec record tree whose moving parameters, at any depth, it rewrites before
/// every frame. Executors are built from the copy and read <c>p.X</c> per frame, so they see the frame's values
/// (a composite's inner records are copied too, so its children do); the spec's records, shared by all workers,
/// are never written. Records with nothing moving below them are shared, not copied. <see cref="Apply"/> costs
/// one delegate call per moving parameter and one virtual call per motion node, and allocates nothing.
/// </summary>
public sealed class WorkerCopy
{
    private readonly LiveParameter[] _parameters;
    private readonly HashSet<object> _moving;

    private WorkerCopy(LiveParameter[] parameters)
    {
        _parameters = parameters;
        _moving = parameters.Select(p => p.Target).ToHashSet(ReferenceEqualityComparer.Instance);
    }

    /// <summary>This worker's copy of a record tree to build executors from (the tree itself when nothing in it moves).</summary>
    public static WorkerCopy Of<T>(T record, out T copy)
        where T : class
    {
        var parameters = new List<LiveParameter>();
        copy = (T)Copy(record, parameters);
        return new WorkerCopy(parameters.ToArray());
    }

    /// <summary>True when a parameter of <paramref name="record"/>, a record of this copy, moves.</summary>
    public bool Moves(object record) => _moving.Contains(record);

    /// <summary>
    /// The moving parameters in or below <paramref name="root"/>, a record of this copy, on their own: to write them
    /// at another frame's time than the rest of the copy (a held layer's, after <see cref="Apply"/>).
    /// </summary>
    public WorkerCopy Within(object root)
    {
        var records = SpecTree.Records(root).ToHashSet(ReferenceEqualityComparer.Instance);
        return new WorkerCopy(_parameters.Where(p => records.Contains(p.Target)).ToArray());
    }

    /// <summary>Writes the frame's value of every moving parameter into the copy.</summary>
    public void Apply(in FrameTime time)
    {
        foreach (var parameter in _parameters)
        {
            parameter.Apply(time);
        }
    }

    /// <summary>The record itself when nothing moves in or below it, else a copy whose moving parameters are added to <paramref name="live"/>.</summary>
    private static object Copy(object record, List<LiveParameter> live)
    {
        var motions = MovingParameters.Of(record);
        var copy = motions.Count > 0 ? ShallowCopy(record) : null;
        foreach (var parameter in RecordDescriptor.For(record.GetType()).Parameters)
        {
            if (parameter.Property.GetValue(record) is not { } child || CopyChild(child, parameter.Shape, live) is not { } copied)
            {
                continue;
            }

            copy ??= ShallowCopy(record);
            parameter.Property.SetValue(copy, copied);
        }

        foreach (var motion in motions)
        {
            live.Add(LiveParameter.For(copy!, motion));
        }

        return copy ?? record;
    }

    /// <summary>A copy of a record or list value when something below it moves, else null.</summary>
    private static object? CopyChild(object child, ValueShape shape, List<LiveParameter> live)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Record or ShapeKind.Union:
                var copied = Copy(child, live);
                return ReferenceEquals(copied, child) ? null : copied;
            case ShapeKind.List when shape.Element!.Kind is ShapeKind.Record or ShapeKind.Union:
                var items = ((System.Collections.IEnumerable)child).Cast<object>().ToArray();
                var copies = items.Select(item => Copy(item, live)).ToArray();
                if (copies.SequenceEqual(items, ReferenceEqualityComparer.Instance))
                {
                    return null;
                }

                var array = Array.CreateInstance(shape.Element.ClrType, copies.Length);
                Array.Copy(copies, array, copies.Length);
                return array;
            default:
                return null;
        }
    }

    /// <summary>The compiler-generated copy that <c>with</c> uses: every property, including the base record's.</summary>
    private static object ShallowCopy(object record) =>
        record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    /// <summary>Writes a motion's value into a float, double or int property (rounded to nearest, ties to even) through a typed delegate.</summary>
    private abstract class LiveParameter(object target)
    {
        public object Target { get; } = target;

        public abstract void Apply(in FrameTime time);

        public static LiveParameter For(object target, ParameterMotion motion)
        {
            var property = motion.Parameter.Property;
            var setter = property.SetMethod ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has no setter.");
            var kind = property.PropertyType == typeof(float) ? typeof(FloatParameter<>)
                : property.PropertyType == typeof(double) ? typeof(DoubleParameter<>)
                : property.PropertyType == typeof(int) ? typeof(IntParameter<>)
                : throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name} is a {property.PropertyType.Name}; only float, double and int parameters can move.");
            return (LiveParameter)Activator.CreateInstance(kind.MakeGenericType(property.DeclaringType!), target, setter, motion)!;
        }
    }

    private sealed class FloatParameter<TRecord>(object target, MethodInfo setter, ParameterMotion motion) : LiveParameter(target)
        where TRecord : class
    {
        private readonly TRecord _target = Unsafe.As<TRecord>(target);
        private readonly Action<TRecord, float> _set = setter.CreateDelegate<Action<TRecord, float>>();

        public override void Apply(in FrameTime time) => _set(_target, motion.At(time));
    }

    private sealed class DoubleParameter<TRecord>(object target, MethodInfo setter, ParameterMotion motion) : LiveParameter(target)
        where TRecord : class
    {
        private readonly TRecord _target = Unsafe.As<TRecord>(target);
        private readonly Action<TRecord, double> _set = setter.CreateDelegate<Action<TRecord, double>>();

        public override void Apply(in FrameTime time) => _set(_target, motion.At(time));
    }

    private sealed class IntParameter<TRecord>(object target, MethodInfo setter, ParameterMotion motion) : LiveParameter(target)
        where TRecord : class
    {
        private readonly TRecord _target = Unsafe.As<TRecord>(target);
        private readonly Action<TRecord, int> _set = setter.CreateDelegate<Action<TRecord, int>>();

        public override void Apply(in FrameTime time) => _set(_target, (int)MathF.Round(motion.At(time)));
    }
}
