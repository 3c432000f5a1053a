using AsciiAssets.Numerics;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

[Registered("grain", "Film grain: brightness noise in 2x2 pixel blocks, new every frame (hashed from the seed and the frame number).")]
public sealed record GrainShader(
    [Doc("Largest brightness change, in 0..255 levels.")][Range(0, 128)] float Amount = 14f) : ShaderParameters
{
    public override ShaderLevel MinimumLevel => ShaderLevel.Full;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>Noise is made at half resolution (one value per 2x2 block) and applied equally to R, G and B.</summary>
    private sealed class Executor(GrainShader p, ShaderSetup setup) : IShader
    {
        private readonly short[] _offsets = new short[setup.Width * 3];
        private readonly int _blocksPerRow = (setup.Width + 1) / 2;

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var frameSeed = Hash.Combine(setup.Seed, (uint)time.Frame);
            var amount = p.Amount;
            var width = frame.Width;
            var offsets = _offsets.AsSpan(0, width * 3);
            for (var y = 0; y < frame.Height; y += 2)
            {
                var blockRow = (uint)((y >> 1) * _blocksPerRow);
                for (var bx = 0; bx < _blocksPerRow; bx++)
                {
                    var noise = (short)MathF.Round((Hash.Unit(Hash.Combine(frameSeed, blockRow + (uint)bx)) * 2f - 1f) * amount);
                    var o = bx * 6;
                    var end = Math.Min(o + 6, offsets.Length);
                    for (var k = o; k < end; k++)
                    {
                        offsets[k] = noise;
                    }
                }

                PixelMath.AddSigned(frame.Row(y), offsets);
                if (y + 1 < frame.Height)
                {
                    PixelMath.AddSigned(frame.Row(y + 1), offsets);
                }
            }
        }
    }
}
