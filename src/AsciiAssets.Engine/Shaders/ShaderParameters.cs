using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

/// <summary>Parameters of one post-processing shader. One record per shader, registered by name.</summary>
[RegistryKind("shader", "shaders")]
public abstract record ShaderParameters
{
    /// <summary>
    /// Wet/dry mix every shader accepts: the frame becomes before + mix · (after − before). It is applied by the
    /// scene renderer around the shader, so it can follow a feature even when the shader's own parameters are fixed.
    /// </summary>
    [SharedParameter(1f)]
    [Doc("How much of the shader's result replaces the frame: 0 leaves the frame as it was, 1 applies the shader fully. Can follow a feature to pulse any shader.")]
    [Range(0, 1)]
    public float Mix { get; init; } = 1f;

    /// <summary>The lowest profile shader level at which the shader runs; lower profiles skip it.</summary>
    public virtual ShaderLevel MinimumLevel => ShaderLevel.Minimal;

    /// <summary>
    /// What the shader does to a transparent frame's alpha (docs/spec-format.md, "Alpha"). The default is the rule of
    /// shaders that work on light (bloom, soft focus): they run on the premultiplied frame as on an opaque one, and
    /// the alpha rises to cover the light they add. Colour, moving and redrawing shaders say so in their own file.
    /// Internal, not public, so a record's printed form (the hashes listing's labels) stays as it was.
    /// </summary>
    internal virtual ShaderAlpha AlphaRule => ShaderAlpha.Light;

    public abstract IShader Create(ShaderSetup setup);
}

/// <summary>The families of shaders by what they do to a transparent frame's alpha.</summary>
public enum ShaderAlpha
{
    /// <summary>Works on light over black: the premultiplied frame as it is; the alpha rises to cover added light, darkening keeps it.</summary>
    Light,

    /// <summary>Changes each pixel's colour by itself (and its place): it sees straight colour, the alpha stays, so transparent pixels stay transparent.</summary>
    Colour,

    /// <summary>Moves pixels: the alpha is moved exactly as the colours are (the same shader on the alpha as a grey frame).</summary>
    Moves,

    /// <summary>Draws a new picture on black from the frame: the alpha becomes the new picture's brightness.</summary>
    Redraws,
}

/// <summary>Applies a shader in place to one frame. Buffers and maps are made in Create, never per frame.</summary>
public interface IShader
{
    void Apply(FrameBuffer frame, in FrameTime time);
}

public sealed record ShaderSetup(int Width, int Height, uint Seed);
