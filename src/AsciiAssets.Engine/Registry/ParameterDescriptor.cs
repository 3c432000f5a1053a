using System.Reflection;

namespace AsciiAssets.Registry;

/// <summary>One key of a record as the spec sees it: YAML name, value shape, default, range and documentation.</summary>
public sealed record ParameterDescriptor(
    string Name,
    ParameterInfo Parameter,
    ValueShape Shape,
    bool IsRequired,
    object? DefaultValue,
    string? Doc,
    RangeAttribute? Range)
{
    public string DefaultText => IsRequired ? "(required)" : ValueShape.FormatValue(DefaultValue);
}

/// <summary>The constructor parameters of a parameter record, in declaration order.</summary>
public sealed class RecordDescriptor
{
    private static readonly Dictionary<Type, RecordDescriptor> Cache = new();

    private RecordDescriptor(Type type)
    {
        Type = type;
        Constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        Parameters = Constructor.GetParameters()
            .Select(p => new ParameterDescriptor(
                Naming.ToSnakeCase(p.Name!),
                p,
                ValueShape.For(p.ParameterType),
                !p.HasDefaultValue,
                p.HasDefaultValue ? p.DefaultValue : null,
                p.GetCustomAttribute<DocAttribute>()?.Text,
                p.GetCustomAttribute<RangeAttribute>()))
            .ToArray();
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

    public object Create(object?[] arguments) => Constructor.Invoke(arguments);
}
