namespace AsciiAssets.Registry;

/// <summary>Registers a parameter record under its YAML name. The record's file is the whole definition of the entry.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RegisteredAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}

/// <summary>Marks the abstract base of one registry kind (fields, shaders, palettes, …).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RegistryKindAttribute(string name, string plural) : Attribute
{
    public string Name { get; } = name;

    public string Plural { get; } = plural;
}

/// <summary>Documents a parameter or spec key; shown by `list`, in the JSON Schema and in the docs.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property)]
public sealed class DocAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>An inclusive range a numeric parameter must lie in.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class RangeAttribute(double min, double max) : Attribute
{
    public double Min { get; } = min;

    public double Max { get; } = max;
}

/// <summary>
/// Put on a numeric parameter the executor reads only when it is built (baked into a map or a table), so it cannot
/// move per frame; the binder rejects a motion (feature, arc, keyframes) with the reason, and `list` marks it fixed. Parameters
/// without it are read every frame (a test renders each one changed after the build to check).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class NotBindableAttribute(string reason) : Attribute
{
    /// <summary>Why, completing "… cannot move per frame: ", e.g. "the falloff map is computed once".</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// Declares a property of a registry kind's abstract base as a key every entry of the kind accepts (e.g. a
/// shader's <c>mix</c>). It is listed after the entry's own parameters and set after construction.
/// <paramref name="defaultValue"/> must equal the property's initial value (a test checks it).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SharedParameterAttribute(object? defaultValue) : Attribute
{
    public object? Default { get; } = defaultValue;
}
