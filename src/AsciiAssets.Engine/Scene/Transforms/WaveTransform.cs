using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("wave", "Ripples the field like a flag: rows sway sideways and columns up and down in travelling sine waves.")]
public sealed record WaveTransform(
    [Doc("Sideways sway of the rows, in cells.")][Range(0, 100)] float AmplitudeX = 3f,
    [Doc("Up-and-down sway of the columns, in cells.")][Range(0, 100)] float AmplitudeY = 1f,
    [Doc("Waves per half grid height.")][Range(0.01, 50)] float Frequency = 1.5f,
    [Doc("How fast the waves travel, in cycles per second.")][Range(-20, 20)] float Speed = 0.5f) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfHeight);

    private sealed class Executor(WaveTransform p, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var k = p.Frequency * DetMath.TwoPi / halfHeight;
            var phase = time.Time * p.Speed * DetMath.TwoPi;
            for (var i = 0; i < x.Length; i++)
            {
                var px = x[i];
                var py = y[i];
                x[i] = px + p.AmplitudeX * DetMath.Sin(py * k + phase);
                y[i] = py + p.AmplitudeY * DetMath.Sin(px * k * 0.7f - phase * 0.8f);
            }
        }
    }
}
