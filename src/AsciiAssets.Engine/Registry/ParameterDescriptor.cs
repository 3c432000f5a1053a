using System.Reflection;

namespace AsciiAssets.Registry;

/// <summary>One key of a record as the spec sees it: YAML name, value shape, default, range and documentation.</summary>
/// <param name="Parameter">The constructor parameter; null for a shared parameter of the kind, which is an init property of the base.</param>
/// <param name="Property">The record's property holding the value.</param>
/// <param name="NotBindableReason">Why the parameter cannot move per frame, or null when the executor reads it every frame.</param>
public sealed record ParameterDescriptor(
    string Name,
    ParameterInfo? Parameter,
    PropertyInfo Property,
    ValueShape Shape,
    bool IsRequired,
    object? DefaultValue,
    string? Doc,
    RangeAttribute? Range,
    string? NotBindableReason = null)
{
    public string DefaultText => IsRequired ? "(required)" : ValueShape.FormatValue(DefaultValue);

    /// <summary>A number the executor reads per frame, so a spec may move it (when its record allows motions).</summary>
    public bool IsBindable =>
        Shape.Kind is ShapeKind.Number or ShapeKind.Integer && NotBindableReason is null && Nullable.GetUnderlyingType(Property.PropertyType) is null;
}

/// <summary>The constructor parameters of a parameter record, in declaration order, then the shared parameters of its kind.</summary>
public sealed class RecordDescriptor
{
    private static readonly Dictionary<Type, RecordDescriptor> Cache = new();

    private readonly int _constructorArguments;

    private RecordDescriptor(Type type)
    {
        Type = type;
        Constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var own = Constructor.GetParameters()
            .Select(p =>
            {
                var property = type.GetProperty(p.Name!) ?? throw new InvalidOperationException($"{type.Name} has no property for parameter {p.Name}.");
                return new ParameterDescriptor(
                    Naming.ToSnakeCase(p.Name!),
                    p,
                    property,
                    ValueShape.For(p.ParameterType),
                    !p.HasDefaultValue,
                    p.HasDefaultValue ? p.DefaultValue : null,
                    p.GetCustomAttribute<DocAttribute>()?.Text,
                    p.GetCustomAttribute<RangeAttribute>(),
                    p.GetCustomAttribute<NotBindableAttribute>()?.Reason);
            })
            .ToArray();
        _constructorArguments = own.Length;
        Parameters = own.Concat(SharedParameters(type)).ToArray();
    }

    public Type Type { get; }

    public ConstructorInfo Constructor { get; }

    public IReadOnlyList<ParameterDescriptor> Parameters { get; }

    public static RecordDescriptor For(Type type)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(type, out var descriptor))
            {
                descriptor = new RecordDescriptor(type);
                Cache[type] = descriptor;
            }

            return descriptor;
        }
    }

    /// <summary>Builds an instance from one argument per parameter, in <see cref="Parameters"/> order.</summary>
    public object Create(object?[] arguments)
    {
        var instance = Constructor.Invoke(arguments[.._constructorArguments]);
        for (var i = _constructorArguments; i < Parameters.Count; i++)
        {
            Parameters[i].Property.SetValue(instance, arguments[i]);
        }

        return instance;
    }

    /// <summary>Init properties marked [SharedParameter] on the abstract bases of a concrete record (none for most records).</summary>
    private static IEnumerable<ParameterDescriptor> SharedParameters(Type type)
    {
        if (type.IsAbstract)
        {
            yield break;
        }

        for (var b = type.BaseType; b is not null && b != typeof(object); b = b.BaseType)
        {
            foreach (var property in b.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<SharedParameterAttribute>() is not { } shared)
                {
                    continue;
                }

                yield return new ParameterDescriptor(
                    Naming.ToSnakeCase(property.Name),
                    null,
                    property,
                    ValueShape.For(property.PropertyType),
                    false,
                    shared.Default is null ? null : Convert.ChangeType(shared.Default, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, System.Globalization.CultureInfo.InvariantCulture),
                    property.GetCustomAttribute<DocAttribute>()?.Text,
                    property.GetCustomAttribute<RangeAttribute>(),
                    property.GetCustomAttribute<NotBindableAttribute>()?.Reason);
            }
        }
    }
}
