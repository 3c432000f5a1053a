using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("data_bend", "Corrupted bytes: hashed bands of rows slip by a byte or two, so red, green and blue trade places and the colours go false.")]
public sealed record DataBendShader(
    [Doc("Share of bands that slip, 0..1; follow 'beat_decay' to corrupt on the beat.")][Range(0, 1)] float Amount = 0.3f,
    [Doc("Band height, as a fraction of the frame's height.")][Range(0.005, 0.5)] float BandHeight = 0.03f,
    [Doc("Frames the same bands hold before new ones slip.")][Range(1, 120)] int Hold = 4) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup.Seed);

    private sealed class Executor(DataBendShader p, uint seed) : IRowShader
    {
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var bandRows = Math.Max(1, (int)(p.BandHeight * frame.Height));
            var draw = Hash.Combine(seed, (uint)time.HoldWindow(p.Hold));
            for (var y = top; y < bottom; y++)
            {
                var band = Hash.Combine(draw, (uint)(y / bandRows));
                if (Hash.Unit(band) < p.Amount)
                {
                    // One or two bytes, either way, plus up to a few pixels: never a whole pixel's three alone.
                    var slip = Hash.Mix(band);
                    var bytes = (int)(slip % 2) + 1 + 3 * (int)((slip >> 8) % 4);
                    PixelMath.ShiftBytes(frame.Row(y), (slip & 0x10000) == 0 ? bytes : -bytes);
                }
            }
        }
    }
}
