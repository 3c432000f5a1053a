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

    public abstract IShader Create(ShaderSetup setup);
}

/// <summary>Applies a shader in place to one frame. Buffers and maps are made in Create, never per frame.</summary>
public interface IShader
{
    void Apply(FrameBuffer frame, in FrameTime time);
}

public sealed record ShaderSetup(int Width, int Height, uint Seed);
