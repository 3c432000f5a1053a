using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("mirror_h", "The left half reflected onto the right, as in a mirror standing up the middle.")]
public sealed record MirrorHShader : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    private static PixelRemap BuildRemap(int width, int height) => new(width, height, (x, y) => (x < width / 2 ? x : width - 1 - x, y));
}
