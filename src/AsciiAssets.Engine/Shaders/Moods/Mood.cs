using System.Reflection;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

/// <summary>
/// A named look: a preset chain of shaders with chosen parameters, written on a scene as `mood: cinematic`. A mood's
/// own keys are the chain's keys that are worth turning, named shader_key (`vignette_strength`), each defaulting to
/// the mood's value, so a spec overrides them one by one and keeps the rest; the chain runs after the tonemap,
/// before the scene's own `shaders`.
/// </summary>
[RegistryKind("mood", "moods")]
public abstract record Mood : IPresetDetails
{
    /// <summary>The shaders this mood stands for, in order, with this record's values.</summary>
    public abstract IReadOnlyList<ShaderParameters> Chain();

    /// <summary>The chain as `list` and the vocabulary show it: "Expands to: bloom { threshold: 120, strength: 0.8 } → crt { … }".</summary>
    public string Details => "Expands to: " + string.Join(" → ", Chain().Select(Describe));

    private static string Describe(ShaderParameters shader)
    {
        var entry = SpecRegistry.Kind<ShaderParameters>().EntryOf(shader.GetType());
        var keys = entry.Record.Parameters
            .Where(p => p.Parameter is not null && p.Property.GetValue(shader) is not null)
            .Select(p => $"{p.Name}: {Format(p.Property.GetValue(shader)!)}")
            .ToArray();
        return keys.Length == 0 ? entry.Name : $"{entry.Name} {{ {string.Join(", ", keys)} }}";
    }

    // A tint or another registered record is written by its name, as a spec writes it.
    private static string Format(object value) =>
        value.GetType().GetCustomAttribute<RegisteredAttribute>() is { } registered ? registered.Name : ValueShape.FormatValue(value);
}
