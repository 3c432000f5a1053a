using AsciiAssets.Scene.Colors;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Shaders;

namespace AsciiAssets.Registry;

/// <summary>
/// Numeric parameters that an executor reads only when it is built, listed here for records whose files do not
/// carry <see cref="NotBindableAttribute"/> themselves. Either form makes the binder reject a feature binding;
/// a test renders every other numeric parameter with a changed value after construction and fails if the
/// output does not change, so this list cannot silently go stale in the dangerous direction.
/// </summary>
internal static class BuildTimeParameters
{
    private static readonly Dictionary<(Type Record, string Property), string> Reasons = new()
    {
        [(typeof(MatrixRainField), nameof(MatrixRainField.Speed))] = "each drop's speed is laid out once when the field is built",
        [(typeof(MatrixRainField), nameof(MatrixRainField.Trail))] = "each drop's trail is laid out once when the field is built",
        [(typeof(MatrixRainField), nameof(MatrixRainField.Drops))] = "the drops are laid out once when the field is built",
        [(typeof(MatrixRainField), nameof(MatrixRainField.Gap))] = "the gaps between drops are laid out once when the field is built",
        [(typeof(TunnelField), nameof(TunnelField.Depth))] = "the depth of every cell is computed once when the field is built",
        [(typeof(FixedColor), nameof(FixedColor.Floor))] = "the colour strategy takes it once when it is built",
        [(typeof(BloomShader), nameof(BloomShader.Threshold))] = "the bright-pass table is computed once; bind 'mix' to fade the shader instead",
        [(typeof(BloomShader), nameof(BloomShader.Strength))] = "the shader takes it once when it is built; bind 'mix' to fade the glow instead",
        [(typeof(CrtShader), nameof(CrtShader.Amount))] = "the distortion map is computed once; bind 'mix' to fade the shader instead",
        [(typeof(ScanlinesShader), nameof(ScanlinesShader.Spacing))] = "the shader takes it once when it is built",
        [(typeof(ScanlinesShader), nameof(ScanlinesShader.Strength))] = "the shader takes it once when it is built; bind 'mix' to fade the shader instead",
        [(typeof(VignetteShader), nameof(VignetteShader.Strength))] = "the falloff map is computed once; bind 'mix' to fade the shader instead",
    };

    public static string? ReasonFor(Type record, string property) =>
        Reasons.TryGetValue((record, property), out var reason) ? reason : null;
}
