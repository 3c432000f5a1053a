using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Shaders;

[Registered("color_ramp", "Gradient map: each pixel's luma picks its colour on a ramp from a dark colour through a middle one to a light one.")]
public sealed record ColorRampShader(
    [Doc("Colour of black, #rrggbb; defaults to a deep violet (#12002a).")] RgbColor? Dark = null,
    [Doc("Colour of mid-grey, #rrggbb; defaults to a hot pink (#e0306a).")] RgbColor? Middle = null,
    [Doc("Colour of white, #rrggbb; defaults to a pale gold (#ffe9a0).")] RgbColor? Light = null) : ShaderParameters
{
    /// <summary>Recolours each pixel by itself: straight colour in, the alpha stays.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

    public override IShader Create(ShaderSetup setup) => new Executor(this);

    private sealed class Executor : IRowShader
    {
        private readonly ColorRampShader _shader;
        private readonly ParameterWatch _parameters;

        // Three bytes per luma: the ramp's colour.
        private readonly byte[] _ramp = new byte[256 * 3];

        public Executor(ColorRampShader shader)
        {
            _shader = shader;
            _parameters = new ParameterWatch(shader);
            Tabulate();
        }

        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            if (_parameters.Changed())
            {
                Tabulate();
            }

            var pixels = frame.Pixels[(top * frame.Stride)..(bottom * frame.Stride)];
            for (var i = 0; i + 3 <= pixels.Length; i += 3)
            {
                var luma = (77 * pixels[i] + 150 * pixels[i + 1] + 29 * pixels[i + 2] + 128) >> 8;
                pixels[i] = _ramp[3 * luma];
                pixels[i + 1] = _ramp[3 * luma + 1];
                pixels[i + 2] = _ramp[3 * luma + 2];
            }
        }

        private void Tabulate()
        {
            var dark = _shader.Dark ?? new RgbColor(0x12, 0x00, 0x2a);
            var middle = _shader.Middle ?? new RgbColor(0xe0, 0x30, 0x6a);
            var light = _shader.Light ?? new RgbColor(0xff, 0xe9, 0xa0);
            for (var luma = 0; luma < 256; luma++)
            {
                // Two straight pieces meeting at 128, in 1/128 steps; the upper one spans 127 lumas, so white is exact.
                var (from, to, t) = luma < 128 ? (dark, middle, luma) : (middle, light, (luma - 128) * 128 / 127);
                _ramp[3 * luma] = Lerp(from.R, to.R, t);
                _ramp[3 * luma + 1] = Lerp(from.G, to.G, t);
                _ramp[3 * luma + 2] = Lerp(from.B, to.B, t);
            }
        }

        private static byte Lerp(byte from, byte to, int t) => (byte)(from + ((to - from) * t + 64) / 128);
    }
}
