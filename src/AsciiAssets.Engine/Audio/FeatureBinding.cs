using System.Reflection;
using System.Runtime.CompilerServices;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;

namespace AsciiAssets.Audio;

/// <summary>A numeric parameter that follows a feature: value = min + (max − min) · feature[frame].</summary>
/// <param name="Key">The YAML key, for messages.</param>
/// <param name="Property">The record's property the value is written to.</param>
public sealed record FeatureBinding(string Key, PropertyInfo Property, AudioFeature Feature, float Min, float Max)
{
    /// <summary>The parameter's value at a frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float At(AudioFeatures features, int frame) => Min + (Max - Min) * features.Value(Feature, frame);
}

/// <summary>
/// Which parameters of a bound spec record follow features. The binder attaches them to the record instance it
/// creates (records stay immutable and their equality unchanged); renderers read them when they are built.
/// A copy made with <c>with</c> has no bindings.
/// </summary>
public static class FeatureBindings
{
    private static readonly ConditionalWeakTable<object, FeatureBinding[]> Table = new();

    /// <summary>The bindings of a record, empty when none of its parameters follows a feature.</summary>
    public static IReadOnlyList<FeatureBinding> Of(object record) =>
        Table.TryGetValue(record, out var bindings) ? bindings : Array.Empty<FeatureBinding>();

    internal static void Attach(object record, FeatureBinding[] bindings) => Table.AddOrUpdate(record, bindings);

    /// <summary>Records whose numeric parameters may follow features: fields, colours, shaders and layers (for opacity).</summary>
    public static bool AllowsBindings(Type record) =>
        typeof(FieldParameters).IsAssignableFrom(record)
        || typeof(ColorParameters).IsAssignableFrom(record)
        || typeof(ShaderParameters).IsAssignableFrom(record)
        || record == typeof(LayerSpec);

    /// <summary>True when any parameter of the spec follows a feature or an effect reads features itself (an explosion on beats).</summary>
    public static bool AreUsedBy(VideoSpec spec) => Uses(spec);

    private static bool Uses(object? value)
    {
        switch (value)
        {
            case null or string or ValueType or InputFile:
                return false;
            case IUsesAudioFeatures { UsesAudioFeatures: true }:
                return true;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    if (Uses(item))
                    {
                        return true;
                    }
                }

                return false;
        }

        if (Table.TryGetValue(value, out _))
        {
            return true;
        }

        foreach (var parameter in RecordDescriptor.For(value.GetType()).Parameters)
        {
            if (parameter.Shape.Kind is ShapeKind.Record or ShapeKind.Union or ShapeKind.List && Uses(parameter.Property.GetValue(value)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Implemented by effects that read features themselves rather than through bound parameters.</summary>
internal interface IUsesAudioFeatures
{
    bool UsesAudioFeatures { get; }
}
