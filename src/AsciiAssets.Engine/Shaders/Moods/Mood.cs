using System.Reflection;
using AsciiAssets.Motion;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

/// <summary>
/// A named look: a preset chain of shaders with chosen parameters, written on a scene as `mood: cinematic`. A mood's
/// own keys are the chain's keys that are worth turning, named shader_key (`vignette_strength`), each defaulting to
/// the mood's value, so a spec overrides them one by one and keeps the rest; the chain runs after the tonemap,
/// before the scene's own `shaders`. A key moves like the shader key it sets, and only if that one can.
/// </summary>
[RegistryKind("mood", "moods")]
public abstract record Mood : IPresetDetails
{
    /// <summary>The shaders this mood stands for, in order, with this record's values.</summary>
    public abstract IReadOnlyList<ShaderParameters> Chain();

    /// <summary>The chain with this mood's moving keys passed on to the shader keys they set, so that those move per frame.</summary>
    public IReadOnlyList<ShaderParameters> Expand()
    {
        var chain = Chain();
        foreach (var motion in MovingParameters.Of(this))
        {
            var (shader, key) = Target(chain, motion.Parameter.Name);
            MovingParameters.Attach(shader, [.. MovingParameters.Of(shader), new ParameterMotion(key, motion.Value)]);
        }

        return chain;
    }

    /// <summary>The shader of the chain and its key that a mood key sets, by the naming rule: `bloom_strength` is bloom's `strength`.</summary>
    internal static (ShaderParameters Shader, ParameterDescriptor Key) Target(IReadOnlyList<ShaderParameters> chain, string moodKey)
    {
        foreach (var shader in chain)
        {
            var entry = SpecRegistry.Kind<ShaderParameters>().EntryOf(shader.GetType());
            var prefix = entry.Name + "_";
            if (moodKey.StartsWith(prefix, StringComparison.Ordinal) && entry.Record.Parameters.FirstOrDefault(p => p.Name == moodKey[prefix.Length..]) is { } key)
            {
                return (shader, key);
            }
        }

        throw new InvalidOperationException($"The mood key '{moodKey}' names no key of a shader in its chain.");
    }

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
