using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("radial_gradient", "Coverage falls from 1 at an inner radius to 0 at an outer one around a centre.")]
public sealed record RadialGradientMask(
    [Doc("Centre across the frame, 0 to 1.")][Range(-2, 3)] float X = 0.5f,
    [Doc("Centre down the frame, 0 to 1.")][Range(-2, 3)] float Y = 0.5f,
    [Doc("Radius inside which coverage is 1, in frame heights.")][Range(0, 5)] float Inner = 0.1f,
    [Doc("Radius outside which coverage is 0, in frame heights; inside 'inner' turns it around.")][Range(0, 5)] float Outer = 0.7f) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new Executor(this, setup);

    private sealed class Executor(RadialGradientMask p, MaskSetup setup) : IMask
    {
        public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
        {
            var grid = setup.Grid;
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = MaskMath.Ramp(MaskMath.Distance(grid, i, p.X, p.Y), p.Outer, p.Inner);
            }
        }
    }
}
