namespace AsciiAssets.Registry;

/// <summary>
/// A record that may also be written as a boolean: <c>true</c> stands for the record with every default, <c>false</c>
/// for leaving the key out (<c>loop: true</c> beside <c>loop: { crossfade: 2s }</c>). The binder and the JSON Schema read it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class BooleanShorthandAttribute : Attribute;
