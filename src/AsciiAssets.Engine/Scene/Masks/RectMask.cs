using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("rect", "Cells inside a rectangle show.")]
public sealed record RectMask(
    [Doc("Centre across the frame, 0 to 1.")][Range(-2, 3)] float X = 0.5f,
    [Doc("Centre down the frame, 0 to 1.")][Range(-2, 3)] float Y = 0.5f,
    [Doc("Width as a fraction of the frame's width.")][Range(0, 5)] float Width = 0.6f,
    [Doc("Height as a fraction of the frame's height.")][Range(0, 5)] float Height = 0.4f,
    [Doc("Width of the soft edge in frame heights; 0 is a hard edge.")][Range(0, 2)] float Softness = 0f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(RectMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            var aspect = MaskMath.Aspect(grid);
            for (var i = 0; i < coverage.Length; i++)
            {
                var (x, y) = MaskMath.Centre(grid, i);
                // Distance inside the nearer side, in frame heights.
                var insideX = (p.Width / 2 - MathF.Abs(x - p.X)) * aspect;
                var insideY = p.Height / 2 - MathF.Abs(y - p.Y);
                coverage[i] = MaskMath.Edge(MathF.Min(insideX, insideY), p.Softness);
            }
        }
    }
}
