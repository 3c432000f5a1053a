using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("pixelate", "Big square pixels: each block of size × size pixels shows the colour at its centre.")]
public sealed record PixelateShader(
    [Doc("Block edge in pixels at the frame's size.")][Range(2, 128)][NotBindable("the block map is computed once; bind 'mix' to fade the shader instead")] int Size = 6) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    private PixelRemap BuildRemap(int width, int height)
    {
        var size = Size;
        return new PixelRemap(width, height, (x, y) =>
            (Math.Min(x / size * size + size / 2, width - 1), Math.Min(y / size * size + size / 2, height - 1)));
    }
}
