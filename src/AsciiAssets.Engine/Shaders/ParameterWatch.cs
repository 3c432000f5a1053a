using System.Reflection;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

/// <summary>
/// Tells whether any of a record's own parameters (its constructor's, not the kind's shared ones such as mix) has
/// changed since the watch was made or last asked: an executor that derives a table from them rebuilds it only
/// then. Each parameter is read through a typed getter and compared with its last value: no boxing, no allocation.
/// </summary>
internal sealed class ParameterWatch
{
    private readonly Watched[] _watched;

    public ParameterWatch(object record) =>
        _watched = RecordDescriptor.For(record.GetType()).Parameters
            .Where(p => p.Parameter is not null)
            .Select(p => Watched.For(record, p.Property))
            .ToArray();

    public bool Changed()
    {
        var changed = false;
        foreach (var watched in _watched)
        {
            changed |= watched.Changed();
        }

        return changed;
    }

    private abstract class Watched
    {
        public abstract bool Changed();

        public static Watched For(object record, PropertyInfo property) =>
            (Watched)Activator.CreateInstance(typeof(Watched<,>).MakeGenericType(record.GetType(), property.PropertyType), record, property.GetMethod)!;
    }

    private sealed class Watched<TRecord, TValue> : Watched
        where TRecord : class
    {
        private readonly TRecord _record;
        private readonly Func<TRecord, TValue> _get;
        private TValue _last;

        public Watched(TRecord record, MethodInfo getter)
        {
            _record = record;
            _get = getter.CreateDelegate<Func<TRecord, TValue>>();
            _last = _get(record);
        }

        public override bool Changed()
        {
            var value = _get(_record);
            if (EqualityComparer<TValue>.Default.Equals(value, _last))
            {
                return false;
            }

            _last = value;
            return true;
        }
    }
}
