using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("radial_rgb_split", "Red pushed outwards and blue pulled inwards from a centre by a distance that grows with the square of the radius: clean in the middle, split into colour fringes towards the corners; green stays.")]
public sealed record RadialRgbSplitShader(
    [Doc("How far red and blue are displaced at the frame's corner, in pixels at 1080p (scaled with the frame); follow 'beat_decay' to pulse.")][Range(0, 120)] float Strength = 14f,
    [Doc("The centre across, 0 left … 1 right.")][Range(0, 1)] float CenterX = 0.5f,
    [Doc("The centre down, 0 top … 1 bottom.")][Range(0, 1)] float CenterY = 0.5f) : ShaderParameters
{
    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Each pixel's red comes from c + d·(1 − k·|d|) and its blue from c + d·(1 + k·|d|): arithmetic per pixel rather
    /// than a cached map, so the strength and the centre can move every frame without rebuilding anything.
    /// </summary>
    private sealed class Executor(RadialRgbSplitShader p, ShaderSetup setup) : IShader
    {
        private readonly byte[] _source = new byte[setup.Width * setup.Height * 3];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var (width, height, stride) = (frame.Width, frame.Height, frame.Stride);
            var cx = p.CenterX * (width - 1);
            var cy = p.CenterY * (height - 1);
            var cornerX = MathF.Max(cx, width - 1 - cx);
            var cornerY = MathF.Max(cy, height - 1 - cy);
            var cornerSquared = MathF.Max(cornerX * cornerX + cornerY * cornerY, 1f);

            // The displacement at the farthest corner is `pixels`; at radius r it is pixels · r² / corner², so d scales by k · r.
            var pixels = p.Strength * height / 1080f;
            var k = pixels / cornerSquared;
            frame.Pixels.CopyTo(_source);
            var target = frame.Pixels;
            for (var y = 0; y < height; y++)
            {
                var dy = y - cy;
                var row = y * stride;
                for (var x = 0; x < width; x++)
                {
                    var dx = x - cx;
                    var radius = MathF.Sqrt(dx * dx + dy * dy);
                    var scale = k * radius;
                    target[row + 3 * x] = _source[Index(cx + dx * (1 - scale), cy + dy * (1 - scale), width, height, stride)];
                    target[row + 3 * x + 2] = _source[Index(cx + dx * (1 + scale), cy + dy * (1 + scale), width, height, stride) + 2];
                }
            }
        }

        private static int Index(float x, float y, int width, int height, int stride) =>
            Math.Clamp((int)MathF.Round(y), 0, height - 1) * stride + 3 * Math.Clamp((int)MathF.Round(x), 0, width - 1);
    }
}
