using System.Runtime.CompilerServices;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Spec;

/// <summary>Where each bound object and each of its keys came from in the YAML, for semantic errors found after binding.</summary>
public sealed class SpecLocations
{
    private readonly ConditionalWeakTable<object, Dictionary<string, SourceLocation>> _keys = new();

    public SpecLocations(string file)
    {
        File = file;
    }

    public string File { get; }

    /// <summary>Key "" is the object's own mapping.</summary>
    internal void Record(object owner, string key, SourceLocation location) =>
        _keys.GetOrCreateValue(owner)[key] = location;

    public SourceLocation Of(object owner, string key = "") =>
        _keys.TryGetValue(owner, out var map) && (map.TryGetValue(key, out var location) || map.TryGetValue(string.Empty, out location))
            ? location
            : new SourceLocation(File, 1, 1);
}
