using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("edge_glow", "Edges light up in their own colours: where brightness changes sharply (a glyph's strokes), the pixel's colour is blurred into a halo and added back.")]
public sealed record EdgeGlowShader(
    [Doc("Edge strength (0–255, from a Sobel gradient of brightness) below which nothing glows.")][Range(0, 254)] int Threshold = 40,
    [Doc("Halo radius in pixels at 1080p, scaled with the frame.")][Range(1, 48)][NotBindable("the blur's window is sized when the shader is built")] int Radius = 6,
    [Doc("How strongly the halo is added: 1 adds it once, 2 twice.")][Range(0, 4)] float Intensity = 1.2f) : ShaderParameters
{
    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>Brightness, its gradient, each pixel's colour weighted by its edge strength, then a box blur added on.</summary>
    private sealed class Executor(EdgeGlowShader p, ShaderSetup setup) : IShader
    {
        private readonly byte[] _luma = new byte[setup.Width * setup.Height];
        private readonly byte[] _edges = new byte[setup.Width * setup.Height * 3];
        private readonly BoxBlur _blur = new(setup.Width, setup.Height);
        private readonly int _radius = Math.Max(1, (int)MathF.Round(p.Radius * setup.Height / 1080f));

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var (width, height) = (frame.Width, frame.Height);
            var pixels = frame.Pixels;
            for (var i = 0; i < _luma.Length; i++)
            {
                _luma[i] = (byte)((77 * pixels[3 * i] + 150 * pixels[3 * i + 1] + 29 * pixels[3 * i + 2]) >> 8);
            }

            var threshold = p.Threshold;
            var gain = (255 << 8) / (255 - threshold);
            for (var y = 0; y < height; y++)
            {
                var up = Math.Max(y - 1, 0) * width;
                var row = y * width;
                var down = Math.Min(y + 1, height - 1) * width;
                for (var x = 0; x < width; x++)
                {
                    var (left, right) = (Math.Max(x - 1, 0), Math.Min(x + 1, width - 1));
                    var gx = _luma[up + right] + 2 * _luma[row + right] + _luma[down + right] - _luma[up + left] - 2 * _luma[row + left] - _luma[down + left];
                    var gy = _luma[down + left] + 2 * _luma[down + x] + _luma[down + right] - _luma[up + left] - 2 * _luma[up + x] - _luma[up + right];
                    var magnitude = Math.Min(255, (Math.Abs(gx) + Math.Abs(gy)) >> 2);
                    var edge = Math.Min(255, (Math.Max(0, magnitude - threshold) * gain) >> 8);
                    var at = 3 * (row + x);
                    for (var c = 0; c < 3; c++)
                    {
                        _edges[at + c] = (byte)((pixels[at + c] * edge + 127) / 255);
                    }
                }
            }

            var intensity = (int)MathF.Round(Math.Clamp(p.Intensity, 0f, 4f) * 256f);
            _blur.Apply(_edges, pixels, _radius, new AddMix(intensity));
        }
    }

    private readonly struct AddMix(int intensity) : IBlurMix
    {
        public byte Mix(byte value, int blurred) => (byte)Math.Min(255, value + ((blurred * intensity + 128) >> 8));
    }
}
