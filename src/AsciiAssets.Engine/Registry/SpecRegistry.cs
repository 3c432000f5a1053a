using System.Reflection;

namespace AsciiAssets.Registry;

/// <summary>One registered entry: its YAML name, description and parameter record.</summary>
public sealed record RegistryEntry(string Name, string Description, Type Type)
{
    public RecordDescriptor Record => RecordDescriptor.For(Type);

    /// <summary>An instance with every parameter at its default, for the bare-name form (`field: plasma`).</summary>
    public object? CreateDefault() =>
        Record.Parameters.All(p => !p.IsRequired)
            ? Record.Create(Record.Parameters.Select(p => p.DefaultValue).ToArray())
            : null;
}

/// <summary>A registry kind (fields, shaders, palettes, …) and its entries.</summary>
public sealed record RegistryKind(string Name, string Plural, Type BaseType, IReadOnlyList<RegistryEntry> Entries)
{
    public RegistryEntry? Find(string name) =>
        Entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public RegistryEntry Get(string name) => Find(name) ?? throw new KeyNotFoundException($"No {Name} named '{name}'.");

    public RegistryEntry EntryOf(Type type) => Entries.Single(e => e.Type == type);
}

/// <summary>
/// Every field, palette, colour strategy, shader and blend mode, found by their [Registered] attribute.
/// The single source for spec validation, the JSON Schema, `list` and the docs.
/// </summary>
public static class SpecRegistry
{
    private static readonly Lazy<IReadOnlyList<RegistryKind>> LazyKinds = new(Discover);

    public static IReadOnlyList<RegistryKind> Kinds => LazyKinds.Value;

    public static RegistryKind? FindKind(Type baseType) => Kinds.FirstOrDefault(k => k.BaseType == baseType);

    public static RegistryKind Kind<TBase>() => FindKind(typeof(TBase)) ?? throw new InvalidOperationException($"{typeof(TBase)} is not a registry kind.");

    public static string NameOf(object entry) =>
        Kinds.SelectMany(k => k.Entries).First(e => e.Type == entry.GetType()).Name;

    /// <summary>A record as messages name it: "palette 'custom'" for a registered entry, "layer" for a spec record.</summary>
    public static string Describe(Type record) =>
        Kinds.SelectMany(k => k.Entries.Select(e => (Kind: k, Entry: e))).FirstOrDefault(x => x.Entry.Type == record) is { Kind: { } kind } found
            ? $"{kind.Name} '{found.Entry.Name}'"
            : Naming.ToSnakeCase(record.Name.Replace("Spec", string.Empty));

    private static IReadOnlyList<RegistryKind> Discover()
    {
        var types = typeof(SpecRegistry).Assembly.GetTypes();
        return types
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<RegistryKindAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new RegistryKind(
                x.Attribute!.Name,
                x.Attribute.Plural,
                x.Type,
                types
                    .Where(t => !t.IsAbstract && x.Type.IsAssignableFrom(t))
                    .Select(t => (Type: t, Registered: t.GetCustomAttribute<RegisteredAttribute>()))
                    .Where(e => e.Registered is not null)
                    .Select(e => new RegistryEntry(e.Registered!.Name, e.Registered.Description, e.Type))
                    .OrderBy(e => e.Name, StringComparer.Ordinal)
                    .ToArray()))
            .OrderBy(k => k.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
