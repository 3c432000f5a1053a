using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("mirror_v", "The top half reflected onto the bottom, as in a lake.")]
public sealed record MirrorVShader : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    private static PixelRemap BuildRemap(int width, int height) => new(width, height, (x, y) => (x, y < height / 2 ? y : height - 1 - y));
}
