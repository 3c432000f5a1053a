using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("halftone", "Newsprint dots: the frame becomes a grid of round dots in each cell's colour, their size following its brightness, on black.")]
public sealed record HalftoneShader(
    [Doc("Dot cell edge in pixels at the frame's size.")][Range(3, 64)] int Cell = 6) : ShaderParameters
{
    /// <summary>The dots are a new picture on black: the alpha becomes their brightness.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Redraws;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    private sealed class Executor(HalftoneShader p, ShaderSetup setup) : IShader
    {
        private readonly byte[] _source = new byte[setup.Width * setup.Height * 3];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            frame.Pixels.CopyTo(_source);
            var pixels = frame.Pixels;
            var (width, height) = (frame.Width, frame.Height);
            var cell = Math.Max(3, p.Cell);
            for (var y = 0; y < height; y++)
            {
                var top = y / cell * cell;
                var centreY = Math.Min(top + cell / 2, height - 1);
                var dy = 2 * (y - top) + 1 - cell;
                var row = pixels.Slice(y * width * 3, width * 3);
                for (var left = 0; left < width; left += cell)
                {
                    // One dot per cell: its colour and size from the cell's centre pixel.
                    var centre = (centreY * width + Math.Min(left + cell / 2, width - 1)) * 3;
                    var (r, g, b) = (_source[centre], _source[centre + 1], _source[centre + 2]);
                    var limit = ((77 * r + 150 * g + 29 * b + 128) >> 8) * cell * cell;
                    var right = Math.Min(left + cell, width);
                    for (var x = left; x < right; x++)
                    {
                        // In doubled coordinates from the cell's centre; a full dot (luma 255) fills the inscribed circle, and its area grows with the luma.
                        var dx = 2 * (x - left) + 1 - cell;
                        var inside = (dx * dx + dy * dy) * 255 <= limit;
                        var at = 3 * x;
                        row[at] = inside ? r : (byte)0;
                        row[at + 1] = inside ? g : (byte)0;
                        row[at + 2] = inside ? b : (byte)0;
                    }
                }
            }
        }
    }
}
