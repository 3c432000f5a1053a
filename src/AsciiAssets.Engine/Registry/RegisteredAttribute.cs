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
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class DocAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>An inclusive range a numeric parameter must lie in.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class RangeAttribute(double min, double max) : Attribute
{
    public double Min { get; } = min;

    public double Max { get; } = max;
}
