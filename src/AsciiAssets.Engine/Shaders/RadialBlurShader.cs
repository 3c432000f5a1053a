using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("radial_blur", "A zoom blur: every pixel is smeared along the line to a centre, so the frame streaks outwards as if rushing towards the viewer.")]
public sealed record RadialBlurShader(
    [Doc("Streak length as a fraction of the distance to the centre: 0 none, 0.1 a rush, 0.4 a warp; follow 'beat_decay' to punch.")][Range(0, 0.8)] float Strength = 0.12f,
    [Doc("Halvings: each pass averages the frame with a copy zoomed towards the centre, so n passes give 2ⁿ samples along each streak.")][Range(1, 6)][NotBindable("the number of passes is taken when the shader is built (a pass more or less would pop); move the strength")] int Passes = 4,
    [Doc("The centre across, 0 left … 1 right.")][Range(0, 1)] float CenterX = 0.5f,
    [Doc("The centre down, 0 top … 1 bottom.")][Range(0, 1)] float CenterY = 0.5f) : ShaderParameters
{
    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Zooming about a centre is separable, so each pass needs a column table and a row table (the frame's width plus
    /// height), rebuilt per frame without allocating; pass i zooms by (1 − s)^(1/2^(i+1)), so the passes' copies
    /// together cover the whole streak.
    /// </summary>
    private sealed class Executor(RadialBlurShader p, ShaderSetup setup) : IShader
    {
        private readonly byte[] _source = new byte[setup.Width * setup.Height * 3];
        private readonly int[] _columns = new int[setup.Width];
        private readonly int[] _rows = new int[setup.Height];
        private readonly int _passes = p.Passes;

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var (width, height, stride) = (frame.Width, frame.Height, frame.Stride);
            var pixels = frame.Pixels;
            var zoom = 1f - Math.Clamp(p.Strength, 0f, 0.8f);
            for (var pass = 0; pass < _passes; pass++)
            {
                zoom = MathF.Sqrt(zoom);
                Zoom(_columns, p.CenterX * (width - 1), zoom);
                Zoom(_rows, p.CenterY * (height - 1), zoom);
                pixels.CopyTo(_source);
                for (var y = 0; y < height; y++)
                {
                    var row = y * stride;
                    var sourceRow = _rows[y] * stride;
                    for (var x = 0; x < width; x++)
                    {
                        var at = row + 3 * x;
                        var from = sourceRow + 3 * _columns[x];
                        pixels[at] = (byte)((_source[at] + _source[from] + 1) >> 1);
                        pixels[at + 1] = (byte)((_source[at + 1] + _source[from + 1] + 1) >> 1);
                        pixels[at + 2] = (byte)((_source[at + 2] + _source[from + 2] + 1) >> 1);
                    }
                }
            }
        }

        /// <summary>Source index of each index when the source is zoomed by 1/<paramref name="factor"/> about <paramref name="centre"/>.</summary>
        private static void Zoom(int[] sources, float centre, float factor)
        {
            for (var i = 0; i < sources.Length; i++)
            {
                sources[i] = Math.Clamp((int)MathF.Round(centre + (i - centre) * factor), 0, sources.Length - 1);
            }
        }
    }
}
