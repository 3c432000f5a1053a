using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("dissolve", "A dissolve: blocks of cells appear in a random order, none at progress 0, all at 1.")]
public sealed record DissolveMask(
    [Doc("0 nothing shows, 1 everything.")][Range(0, 1)] float Progress = 0.5f,
    [Doc("Blocks are this many cells wide and tall.")][Range(1, 64)][NotBindable("the blocks are laid out once")] int Block = 1,
    [Doc("How gradually each block fades in, as a fraction of the progress; 0 switches it on at once.")][Range(0, 1)] float Softness = 0.1f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor : IMask
    {
        private readonly DissolveMask _p;
        private readonly float[] _thresholds;

        public Executor(DissolveMask p, MaskSetup setup)
        {
            _p = p;
            var grid = setup.Grid;
            _thresholds = new float[grid.CellCount];
            for (var i = 0; i < _thresholds.Length; i++)
            {
                var block = Hash.Combine((uint)((int)grid.Column[i] / p.Block), (uint)((int)grid.Row[i] / p.Block));
                _thresholds[i] = Hash.Unit(setup.Seed, block);
            }
        }

        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            // A block starts at progress h · (1 − softness) and is fully in softness later: none at 0, all at 1.
            var softness = _p.Softness;
            var progress = _p.Progress;
            for (var i = 0; i < coverage.Length; i++)
            {
                var start = _thresholds[i] * (1 - softness);
                coverage[i] = softness <= 0 ? (progress > _thresholds[i] ? 1 : 0) : DetMath.Clamp01((progress - start) / softness);
            }
        }
    }
}
