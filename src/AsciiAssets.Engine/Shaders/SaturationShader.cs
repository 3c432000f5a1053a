using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("saturation", "Scales colourfulness around each pixel's luma: 0 is greyscale, 1 leaves the frame, above 1 vivid.")]
public sealed record SaturationShader(
    [Doc("The factor: 0 grey, 1 unchanged, 2 twice as saturated.")][Range(0, 4)] float Amount = 1.5f) : MatrixShader
{
    protected override void Matrix(Span<int> weights, Span<int> offsets, float time)
    {
        // out = luma + amount · (in − luma), with luma in 1/256: the diagonal adds 256 · amount.
        var luma = Luma;
        for (var c = 0; c < 3; c++)
        {
            for (var k = 0; k < 3; k++)
            {
                weights[3 * c + k] = (int)MathF.Round(luma[k] * (1 - Amount) + (c == k ? 256 * Amount : 0));
            }
        }

        offsets.Clear();
    }
}
