using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("glitch_bands", "Digital tearing: random horizontal bands of rows jump sideways, new bands every few frames (hashed from the seed and the frame).")]
public sealed record GlitchBandsShader(
    [Doc("Share of bands that jump, 0..1; follow 'beat_decay' to tear on the beat.")][Range(0, 1)] float Amount = 0.25f,
    [Doc("Band height, as a fraction of the frame's height.")][Range(0.005, 0.5)] float BandHeight = 0.05f,
    [Doc("Largest jump, as a fraction of the frame's width.")][Range(0, 1)] float Shift = 0.08f,
    [Doc("Frames the same bands hold before new ones are drawn.")][Range(1, 120)] int Hold = 3) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup.Seed);

    private sealed class Executor(GlitchBandsShader p, uint seed) : IRowShader
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
                    // The band's own hash again, mixed once more, gives its jump in −1..1 of the largest shift.
                    var jump = 2f * Hash.Unit(Hash.Mix(band)) - 1f;
                    PixelMath.ShiftRow(frame.Row(y), (int)MathF.Round(jump * p.Shift * frame.Width));
                }
            }
        }
    }
}
