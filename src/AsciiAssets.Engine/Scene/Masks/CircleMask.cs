using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("circle", "Cells inside a circle show.")]
public sealed record CircleMask(
    [Doc("Centre across the frame, 0 to 1.")][Range(-2, 3)] float X = 0.5f,
    [Doc("Centre down the frame, 0 to 1.")][Range(-2, 3)] float Y = 0.5f,
    [Doc("Radius in frame heights.")][Range(0, 5)] float Radius = 0.35f,
    [Doc("Width of the soft edge in frame heights; 0 is a hard edge.")][Range(0, 2)] float Softness = 0.05f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(CircleMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = MaskMath.Edge(p.Radius - MaskMath.Distance(grid, i, p.X, p.Y), p.Softness);
            }
        }
    }
}
