using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("ring", "Cells in a ring (between two circles) show.")]
public sealed record RingMask(
    [Doc("Centre across the frame, 0 to 1.")][Range(-2, 3)] float X = 0.5f,
    [Doc("Centre down the frame, 0 to 1.")][Range(-2, 3)] float Y = 0.5f,
    [Doc("Radius of the ring's middle in frame heights.")][Range(0, 5)] float Radius = 0.3f,
    [Doc("Width of the ring in frame heights.")][Range(0, 5)] float Thickness = 0.1f,
    [Doc("Width of the soft edges in frame heights; 0 is a hard edge.")][Range(0, 2)] float Softness = 0.04f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(RingMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = MaskMath.Edge(p.Thickness / 2 - MathF.Abs(MaskMath.Distance(grid, i, p.X, p.Y) - p.Radius), p.Softness);
            }
        }
    }
}
