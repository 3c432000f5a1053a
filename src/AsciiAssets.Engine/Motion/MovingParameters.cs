using System.Runtime.CompilerServices;
using AsciiAssets.Audio;
using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;

namespace AsciiAssets.Motion;

/// <summary>A numeric parameter of a record and the motion it follows, clamped to the parameter's range (elastic overshoots).</summary>
public sealed record ParameterMotion(ParameterDescriptor Parameter, MovingValue Value)
{
    private readonly float _min = Parameter.Range is { } range ? (float)range.Min : float.NegativeInfinity;
    private readonly float _max = Parameter.Range is { } range ? (float)range.Max : float.PositiveInfinity;

    /// <summary>The parameter's value at a frame.</summary>
    public float At(in FrameTime time)
    {
        var value = Value.At(time);
        return value < _min ? _min : value > _max ? _max : value;
    }
}

/// <summary>
/// Which parameters of a bound spec record move per frame. The binder attaches them to the record instance it
/// creates (records stay immutable and their equality unchanged); <see cref="WorkerCopy"/> reads them when a
/// worker's renderers are built. A copy made with <c>with</c> has none.
/// </summary>
public static class MovingParameters
{
    private static readonly ConditionalWeakTable<object, ParameterMotion[]> Table = new();

    /// <summary>The moving parameters of a record, empty when none of its parameters moves.</summary>
    public static IReadOnlyList<ParameterMotion> Of(object record) =>
        Table.TryGetValue(record, out var motions) ? motions : Array.Empty<ParameterMotion>();

    internal static void Attach(object record, ParameterMotion[] motions) => Table.AddOrUpdate(record, motions);

    /// <summary>Records whose numeric parameters may move: fields (with their shapes and coordinate transforms), sources, masks, text animations, colours, shaders, moods (passed on to their shaders) and layers (for opacity).</summary>
    public static bool AllowedIn(Type record) =>
        typeof(FieldParameters).IsAssignableFrom(record)
        || typeof(CoordinateTransform).IsAssignableFrom(record)
        || typeof(SdfShape).IsAssignableFrom(record)
        || typeof(LayerSource).IsAssignableFrom(record)
        || typeof(MaskParameters).IsAssignableFrom(record)
        || typeof(TextAnimationParameters).IsAssignableFrom(record)
        || typeof(ColorParameters).IsAssignableFrom(record)
        || typeof(ShaderParameters).IsAssignableFrom(record)
        || typeof(Shaders.Moods.Mood).IsAssignableFrom(record)
        || typeof(Transitions.TransitionParameters).IsAssignableFrom(record)
        || record == typeof(LayerSpec);

    /// <summary>True when a parameter of the spec follows a feature or an effect reads features itself (an explosion on beats).</summary>
    public static bool UseAudioFeatures(VideoSpec spec) =>
        SpecTree.Records(spec).Any(r => r is IUsesAudioFeatures { UsesAudioFeatures: true } || Of(r).Any(m => m.Value.UsesFeatures));
}
