using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("scanlines", "CRT scanlines: darkens one pair of pixel rows in every `spacing` pairs.")]
public sealed record ScanlinesShader(
    [Doc("One darkened row pair per this many pairs (2 alternates dark and light pairs).")][Range(2, 64)][NotBindable("the shader takes it once when it is built")] int Spacing = 2,
    [Doc("How much the darkened rows lose: 0 none, 1 black.")][Range(0, 1)][NotBindable("the shader takes it once when it is built; bind 'mix' to fade the shader instead")] float Strength = 0.35f) : ShaderParameters
{
    /// <summary>Darkened rows darken what is drawn: straight colour in, the alpha stays.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

    public override ShaderLevel MinimumLevel => ShaderLevel.Minimal;

    public override IShader Create(ShaderSetup setup) => new Executor(Spacing, (int)MathF.Round((1f - Strength) * 256f));

    private sealed class Executor(int spacing, int factor) : IRowShader
    {
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            for (var y = top; y < bottom; y++)
            {
                if ((y >> 1) % spacing == spacing - 1)
                {
                    PixelMath.Scale(frame.Row(y), factor);
                }
            }
        }
    }
}
