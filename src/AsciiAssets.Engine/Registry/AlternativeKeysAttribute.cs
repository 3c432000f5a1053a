namespace AsciiAssets.Registry;

/// <summary>
/// Two optional keys of a record of which one must be given (a layer's field or source, a text's text or lines).
/// The record's own validation reports a missing or doubled key; the JSON Schema asks for <see cref="First"/> when
/// <see cref="Second"/> is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AlternativeKeysAttribute(string first, string second) : Attribute
{
    public string First { get; } = first;

    public string Second { get; } = second;
}
