using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("chromatic_aberration", "A cheap lens: red is magnified a little about the centre and blue shrunk, so colours fringe towards the edges; green stays.")]
public sealed record ChromaticAberrationShader(
    [Doc("The magnification difference at the edge, as a fraction of the half-frame: 0.01 is subtle; follow 'beat_decay' to pulse.")][Range(0, 0.2)] float Strength = 0.012f) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Scaling about the centre is separable: a channel's source is (column table[x], row table[y]), so the tables are
    /// the frame's width plus height long and are rebuilt per frame for a moving strength without allocating.
    /// </summary>
    private sealed class Executor(ChromaticAberrationShader p, ShaderSetup setup) : IShader
    {
        private readonly byte[] _source = new byte[setup.Width * setup.Height * 3];
        private readonly int[] _redColumns = new int[setup.Width];
        private readonly int[] _blueColumns = new int[setup.Width];
        private readonly int[] _redRows = new int[setup.Height];
        private readonly int[] _blueRows = new int[setup.Height];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            Scale(_redColumns, 1f / (1f + p.Strength));
            Scale(_blueColumns, 1f + p.Strength);
            Scale(_redRows, 1f / (1f + p.Strength));
            Scale(_blueRows, 1f + p.Strength);
            frame.Pixels.CopyTo(_source);
            var pixels = frame.Pixels;
            var stride = frame.Stride;
            for (var y = 0; y < frame.Height; y++)
            {
                var redRow = _redRows[y] * stride;
                var blueRow = _blueRows[y] * stride;
                var row = y * stride;
                for (var x = 0; x < frame.Width; x++)
                {
                    pixels[row + 3 * x] = _source[redRow + 3 * _redColumns[x]];
                    pixels[row + 3 * x + 2] = _source[blueRow + 3 * _blueColumns[x] + 2];
                }
            }
        }

        /// <summary>Source index of each index for a scaling of the source by 1/factor about the middle, kept inside.</summary>
        private static void Scale(int[] sources, float factor)
        {
            var centre = (sources.Length - 1) / 2f;
            for (var i = 0; i < sources.Length; i++)
            {
                sources[i] = Math.Clamp((int)MathF.Round(centre + (i - centre) * factor), 0, sources.Length - 1);
            }
        }
    }
}
