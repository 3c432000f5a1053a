using System.Collections.Concurrent;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;

namespace AsciiAssets.Shaders;

/// <summary>
/// A shader that moves pixels by a fixed geometric transform (barrel distortion, mirrors, kaleidoscopes...). The
/// <see cref="PixelRemap"/> is built once per frame size and parameter values and shared read-only by every worker;
/// each frame is copied aside and gathered back through it.
/// </summary>
public sealed class RemapExecutor : IShader
{
    private static readonly ConcurrentDictionary<(int Width, int Height, ShaderParameters Parameters), PixelRemap> Remaps = new();

    private readonly PixelRemap _remap;
    private readonly byte[] _source;

    private RemapExecutor(PixelRemap remap, int length)
    {
        _remap = remap;
        _source = new byte[length];
    }

    /// <param name="build">Makes the remap for a frame width and height from the parameters' values.</param>
    public static RemapExecutor For(ShaderSetup setup, ShaderParameters parameters, Func<int, int, PixelRemap> build)
    {
        // The key is a copy that nothing writes to; mix is applied around the shader and moves no pixel.
        var key = (setup.Width, setup.Height, parameters with { Mix = 1f });
        return new RemapExecutor(Remaps.GetOrAdd(key, k => build(k.Width, k.Height)), setup.Width * setup.Height * 3);
    }

    public void Apply(FrameBuffer frame, in FrameTime time)
    {
        frame.Pixels.CopyTo(_source);
        _remap.Apply(_source, frame.Pixels);
    }
}
