using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("mirror_diag", "The half above the diagonal from top-left to bottom-right reflected across it, in proportion to the frame.")]
public sealed record MirrorDiagShader : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    // Coordinates in units of the frame's sides, so the diagonal is u = v; a pixel below it shows its reflection (v, u).
    private static PixelRemap BuildRemap(int width, int height) => new(width, height, (x, y) =>
    {
        var (u, v) = ((x + 0.5f) / width, (y + 0.5f) / height);
        return v <= u ? (x, y) : ((int)(v * width), (int)(u * height));
    });
}
