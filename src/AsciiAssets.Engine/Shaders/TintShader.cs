using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Shaders.Tints;

namespace AsciiAssets.Shaders;

[Registered("tint", "A named colour cast (warm, cool, matrix, amber, sepia, neon_pink, ice, blood, forest, void, sunset; see Tints): brightness is carried from the tint's shadow colour to its highlight colour, with a little of the original colour kept.")]
public sealed record TintShader(
    [Doc("The tint, by name; defaults to warm.")] ColorTint? Name = null,
    [Doc("How far the frame moves towards the tint: 0 not at all, 1 fully.")][Range(0, 1)] float Strength = 1f) : MatrixShader
{
    private static readonly ColorTint DefaultTint = new WarmTint();

    protected override void Matrix(Span<int> weights, Span<int> offsets, float time)
    {
        // out_c = (1 − s)·in_c + s·(keep·in_c + (1 − keep)·(shadow_c + (highlight_c − shadow_c)·luma / 255)).
        var tint = Name ?? DefaultTint;
        var s = DetMath.Clamp01(Strength);
        var toward = s * (1 - DetMath.Clamp01(tint.Keep));
        ReadOnlySpan<byte> shadow = [tint.Shadow.R, tint.Shadow.G, tint.Shadow.B];
        ReadOnlySpan<byte> highlight = [tint.Highlight.R, tint.Highlight.G, tint.Highlight.B];
        for (var c = 0; c < 3; c++)
        {
            var span = (highlight[c] - shadow[c]) / 255f;
            for (var k = 0; k < 3; k++)
            {
                weights[3 * c + k] = (int)MathF.Round(toward * span * Luma[k] + (c == k ? 256 * (1 - toward) : 0));
            }

            offsets[c] = (int)MathF.Round(toward * shadow[c]);
        }
    }
}
