using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("iris", "An iris transition: a circle that shows nothing at progress 0 and the whole frame at 1 (move 'progress' with an arc).")]
public sealed record IrisMask(
    [Doc("0 closed, 1 open to the farthest corner.")][Range(0, 1)] float Progress = 0.5f,
    [Doc("Centre across the frame, 0 to 1.")][Range(-2, 3)] float X = 0.5f,
    [Doc("Centre down the frame, 0 to 1.")][Range(-2, 3)] float Y = 0.5f,
    [Doc("Width of the soft edge in frame heights; 0 is a hard edge.")][Range(0, 2)] float Softness = 0.03f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(IrisMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            var aspect = MaskMath.Aspect(grid);
            // Open means past the farthest corner, soft edge included.
            var farX = MathF.Max(p.X, 1 - p.X) * aspect;
            var farY = MathF.Max(p.Y, 1 - p.Y);
            var radius = p.Progress * (MathF.Sqrt(farX * farX + farY * farY) + p.Softness) - (1 - p.Progress) * p.Softness;
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = MaskMath.Edge(radius - MaskMath.Distance(grid, i, p.X, p.Y), p.Softness);
            }
        }
    }
}
