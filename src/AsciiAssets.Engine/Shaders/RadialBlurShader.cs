using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
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
        private readonly byte[] _zoomed = new byte[setup.Width * 3];
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
                    ZoomRow(_source.AsSpan(_rows[y] * stride, width * 3), _zoomed);
                    PixelMath.Average(pixels.Slice(y * stride, width * 3), _zoomed);
                }
            }
        }

        /// <summary>The row of the zoomed copy: each pixel from its column of the source row (the columns are in range by construction).</summary>
        private void ZoomRow(ReadOnlySpan<byte> sourceRow, Span<byte> zoomed)
        {
            ref var source = ref MemoryMarshal.GetReference(sourceRow);
            ref var target = ref MemoryMarshal.GetReference(zoomed);
            ref var columns = ref MemoryMarshal.GetArrayDataReference(_columns);
            for (var x = 0; x < _columns.Length; x++)
            {
                ref var from = ref Unsafe.Add(ref source, 3 * Unsafe.Add(ref columns, x));
                ref var to = ref Unsafe.Add(ref target, 3 * x);
                to = from;
                Unsafe.Add(ref to, 1) = Unsafe.Add(ref from, 1);
                Unsafe.Add(ref to, 2) = Unsafe.Add(ref from, 2);
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
