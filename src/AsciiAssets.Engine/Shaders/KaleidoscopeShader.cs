using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("kaleidoscope", "Mirrored wedges around the centre: one wedge of the frame, reflected to and fro, fills the whole circle.")]
public sealed record KaleidoscopeShader(
    [Doc("Mirror pairs around the circle: 3 gives six wedges.")][Range(1, 16)][NotBindable("the wedge map is computed once; bind 'mix' to fade the shader instead")] int Segments = 3,
    [Doc("Turn of the wedge read from the frame, in degrees.")][Range(-360, 360)][NotBindable("the wedge map is computed once")] float Angle = 0f) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => RemapExecutor.For(setup, this, BuildRemap);

    /// <summary>
    /// Each pixel's angle folded into [0, wedge), mirrored every other wedge, read at the same distance from the centre
    /// in the wedge around the +x axis, where the frame reaches farthest; the corners, farther out, take the edge.
    /// </summary>
    private PixelRemap BuildRemap(int width, int height)
    {
        var (cx, cy) = ((width - 1) / 2f, (height - 1) / 2f);
        var wedge = DetMath.Pi / Segments;
        var turn = Angle * (DetMath.Pi / 180f);
        return new PixelRemap(width, height, (x, y) =>
        {
            var (dx, dy) = (x - cx, y - cy);
            var radius = MathF.Sqrt(dx * dx + dy * dy);
            var angle = DetMath.Atan2(dy, dx) + DetMath.Pi;
            var index = (int)(angle / wedge);
            var within = angle - index * wedge;
            var folded = (index & 1) == 0 ? within : wedge - within;
            var source = folded - wedge / 2 + turn;
            var sx = (int)MathF.Round(cx + radius * DetMath.Cos(source));
            var sy = (int)MathF.Round(cy + radius * DetMath.Sin(source));
            return (Math.Clamp(sx, 0, width - 1), Math.Clamp(sy, 0, height - 1));
        });
    }
}
