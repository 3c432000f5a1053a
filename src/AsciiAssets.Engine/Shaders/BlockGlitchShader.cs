using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("block_glitch", "Broken compression: hashed rectangular blocks show a piece of the frame from somewhere nearby, new blocks every few frames.")]
public sealed record BlockGlitchShader(
    [Doc("Blocks per frame; follow 'beat_decay' to break up on the beat.")][Range(0, 64)] int Blocks = 8,
    [Doc("Largest block side, as a fraction of the frame's height.")][Range(0.01, 1)] float Size = 0.2f,
    [Doc("Frames the same blocks hold before new ones are drawn.")][Range(1, 120)] int Hold = 3) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    private sealed class Executor(BlockGlitchShader p, ShaderSetup setup) : IShader
    {
        // Blocks read the frame as it was, so one block's copy never feeds another.
        private readonly byte[] _source = new byte[setup.Width * setup.Height * 3];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            frame.Pixels.CopyTo(_source);
            var (width, height) = (frame.Width, frame.Height);
            var largest = Math.Max(2, (int)(p.Size * height));
            var draw = Hash.Combine(setup.Seed, (uint)time.HoldWindow(p.Hold));
            for (var b = 0; b < p.Blocks; b++)
            {
                var h = Hash.Combine(draw, (uint)b);
                var w = 1 + (int)(Hash.Unit(h, 0) * largest * 2);
                var bh = 1 + (int)(Hash.Unit(h, 1) * largest);
                var (x, y) = ((int)(Hash.Unit(h, 2) * width), (int)(Hash.Unit(h, 3) * height));
                var (sx, sy) = (x + (int)((Hash.Unit(h, 4) - 0.5f) * largest), y + (int)((Hash.Unit(h, 5) - 0.5f) * largest));
                // Clip the block, and its source by the same amount, to the frame.
                var left = Math.Max(0, Math.Max(x, x - sx));
                var right = Math.Min(width, Math.Min(x + w, width + x - sx));
                for (var row = Math.Max(0, Math.Max(y, y - sy)); row < Math.Min(height, Math.Min(y + bh, height + y - sy)) && left < right; row++)
                {
                    _source.AsSpan(((row - y + sy) * width + left - x + sx) * 3, (right - left) * 3).CopyTo(frame.Pixels[((row * width + left) * 3)..]);
                }
            }
        }
    }
}
