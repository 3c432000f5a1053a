using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("mirror_quad", "The top-left quarter reflected into all four quarters: a symmetric pattern from any frame.")]
public sealed record MirrorQuadShader : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    private static PixelRemap BuildRemap(int width, int height) => new(width, height, (x, y) => (x < width / 2 ? x : width - 1 - x, y < height / 2 ? y : height - 1 - y));
}
