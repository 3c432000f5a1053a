using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

/// <summary>Parameters of one post-processing shader. One record per shader, registered by name.</summary>
[RegistryKind("shader", "shaders")]
public abstract record ShaderParameters
{
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
