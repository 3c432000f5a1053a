using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("soft_focus", "A dreamy diffusion filter: a blurred copy of the frame is lightened onto it, so highlights bloom softly and edges stay.")]
public sealed record SoftFocusShader(
    [Doc("Blur radius in pixels at the frame's size.")][Range(1, 64)] int Radius = 4,
    [Doc("How much of the blur is mixed in: 0 none, 1 the brighter of the two per channel.")][Range(0, 1)] float Amount = 0.6f) : ShaderParameters
{
    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>A box blur, rows then columns, by running sums in integers; the blurred copy's brighter channels are mixed in.</summary>
    private sealed class Executor(SoftFocusShader p, ShaderSetup setup) : IShader
    {
        private readonly int[] _across = new int[setup.Width * setup.Height * 3];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var (width, height, radius) = (frame.Width, frame.Height, p.Radius);
            var pixels = frame.Pixels;
            var taps = 2 * radius + 1;
            for (var y = 0; y < height; y++)
            {
                for (var c = 0; c < 3; c++)
                {
                    Blur(pixels, _across, (y * width * 3) + c, 3, width, radius);
                }
            }

            var weight = (int)MathF.Round(Math.Clamp(p.Amount, 0f, 1f) * 256f);
            for (var x = 0; x < width * 3; x++)
            {
                // Down each column of one channel: the blur's second pass, then the mix.
                var sum = 0;
                for (var y = -radius; y <= radius; y++)
                {
                    sum += _across[Math.Clamp(y, 0, height - 1) * width * 3 + x];
                }

                for (var y = 0; y < height; y++)
                {
                    var at = y * width * 3 + x;
                    var blurred = (sum + taps * taps / 2) / (taps * taps);
                    var value = pixels[at];
                    var lighter = Math.Max(value, blurred);
                    pixels[at] = (byte)((value * (256 - weight) + lighter * weight + 128) >> 8);
                    sum += _across[Math.Min(y + radius + 1, height - 1) * width * 3 + x] - _across[Math.Max(y - radius, 0) * width * 3 + x];
                }
            }
        }

        /// <summary>Sums of <paramref name="count"/> values <paramref name="step"/> apart over a window of 2r + 1, the edge value repeated.</summary>
        private static void Blur(Span<byte> source, int[] sums, int start, int step, int count, int radius)
        {
            var sum = 0;
            for (var i = -radius; i <= radius; i++)
            {
                sum += source[start + Math.Clamp(i, 0, count - 1) * step];
            }

            for (var i = 0; i < count; i++)
            {
                sums[start + i * step] = sum;
                sum += source[start + Math.Min(i + radius + 1, count - 1) * step] - source[start + Math.Max(i - radius, 0) * step];
            }
        }
    }
}
