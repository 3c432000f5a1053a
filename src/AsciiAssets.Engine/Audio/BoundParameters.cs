using System.Reflection;
using System.Runtime.CompilerServices;

namespace AsciiAssets.Audio;

/// <summary>
/// A worker's private copy of a parameter record whose bound properties it rewrites before every frame. The
/// executor is created from the copy and reads <c>p.X</c> per frame, so it sees the frame's values; the spec's
/// own record, shared by all workers, is never written. Setting costs one delegate call per binding, no allocation.
/// </summary>
internal sealed class BoundParameters
{
    private readonly object _target;
    private readonly FeatureBinding[] _bindings;
    private readonly ParameterSetter[] _setters;

    private BoundParameters(object target, IReadOnlyList<FeatureBinding> bindings)
    {
        _target = target;
        _bindings = bindings.ToArray();
        _setters = _bindings.Select(b => ParameterSetter.For(b.Property)).ToArray();
    }

    /// <summary>
    /// The record to build the executor from: the record itself when nothing in it follows a feature, otherwise a
    /// private clone with <paramref name="bound"/> set to what rewrites it each frame.
    /// </summary>
    public static T Prepare<T>(T record, out BoundParameters? bound)
        where T : class
    {
        var bindings = FeatureBindings.Of(record);
        if (bindings.Count == 0)
        {
            bound = null;
            return record;
        }

        // The compiler-generated copy that `with` uses: every property, including the base record's.
        var copy = (T)record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        bound = new BoundParameters(copy, bindings);
        return copy;
    }

    /// <summary>Writes the frame's value of every bound parameter into the private copy.</summary>
    public void Apply(AudioFeatures features, int frame)
    {
        for (var i = 0; i < _bindings.Length; i++)
        {
            _setters[i].Set(_target, _bindings[i].At(features, frame));
        }
    }

    /// <summary>Writes a float into a float, double or int property (rounded to nearest, ties to even) through a typed delegate.</summary>
    private abstract class ParameterSetter
    {
        public abstract void Set(object target, float value);

        public static ParameterSetter For(PropertyInfo property)
        {
            var setter = property.SetMethod ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has no setter.");
            var kind = property.PropertyType == typeof(float) ? typeof(FloatSetter<>)
                : property.PropertyType == typeof(double) ? typeof(DoubleSetter<>)
                : property.PropertyType == typeof(int) ? typeof(IntSetter<>)
                : throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name} is a {property.PropertyType.Name}; only float, double and int parameters can follow features.");
            return (ParameterSetter)Activator.CreateInstance(kind.MakeGenericType(property.DeclaringType!), setter)!;
        }
    }

    private sealed class FloatSetter<T>(MethodInfo setter) : ParameterSetter
        where T : class
    {
        private readonly Action<T, float> _set = setter.CreateDelegate<Action<T, float>>();

        public override void Set(object target, float value) => _set(Unsafe.As<T>(target), value);
    }

    private sealed class DoubleSetter<T>(MethodInfo setter) : ParameterSetter
        where T : class
    {
        private readonly Action<T, double> _set = setter.CreateDelegate<Action<T, double>>();

        public override void Set(object target, float value) => _set(Unsafe.As<T>(target), value);
    }

    private sealed class IntSetter<T>(MethodInfo setter) : ParameterSetter
        where T : class
    {
        private readonly Action<T, int> _set = setter.CreateDelegate<Action<T, int>>();

        public override void Set(object target, float value) => _set(Unsafe.As<T>(target), (int)MathF.Round(value));
    }
}
