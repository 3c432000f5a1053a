using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Transforms;

[Registered("tile", "Repeats the middle of the field in tiles; with mirror, every other tile is flipped so the seams match like a kaleidoscope.")]
public sealed record TileTransform(
    [Doc("Tiles stacked over the grid height (across the width there are as many as fit).")][Range(0.1, 64)] float Count = 2f,
    [Doc("Flip every other tile so neighbours meet seamlessly.")] bool Mirror = true) : CoordinateTransform
{
    public override ICoordinateTransform Create(Grid grid) => new Executor(this, grid.HalfHeight);

    private sealed class Executor(TileTransform p, float halfHeight) : ICoordinateTransform
    {
        public void Apply(in FrameTime time, Span<float> x, Span<float> y)
        {
            var size = 2f * halfHeight / p.Count;
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = Fold(x[i], size, p.Mirror);
                y[i] = Fold(y[i], size, p.Mirror);
            }
        }

        /// <summary>The position inside its tile, centred on 0; mirrored tiles count backwards.</summary>
        private static float Fold(float v, float size, bool mirror)
        {
            var shifted = v / size + 0.5f;
            var tile = MathF.Floor(shifted);
            var inside = shifted - tile;
            if (mirror && ((int)tile & 1) != 0)
            {
                inside = 1f - inside;
            }

            return (inside - 0.5f) * size;
        }
    }
}
