using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("crt", "CRT tube: barrel distortion bulges the picture, with black curved borders; the remap is computed once per size.")]
public sealed record CrtShader(
    [Doc("Barrel distortion: 0 flat, larger bulges more.")][Range(0, 1)][NotBindable("the distortion map is computed once; bind 'mix' to fade the shader instead")] float Amount = 0.12f) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override ShaderLevel MinimumLevel => ShaderLevel.Standard;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    /// <summary>Each pixel shows the source pixel the bulge moves to it; outside the tube is black.</summary>
    private PixelRemap BuildRemap(int width, int height)
    {
        var cx = (width - 1) / 2f;
        var cy = (height - 1) / 2f;
        var amount = Amount;
        return new PixelRemap(width, height, (x, y) =>
        {
            var ny = cy > 0 ? (y - cy) / cy : 0;
            var nx = cx > 0 ? (x - cx) / cx : 0;
            var bulge = 1f + amount * (nx * nx + ny * ny);
            return ((int)MathF.Round(cx + nx * bulge * cx), (int)MathF.Round(cy + ny * bulge * cy));
        });
    }
}
