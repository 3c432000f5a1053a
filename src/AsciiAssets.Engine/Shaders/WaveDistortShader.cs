using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("wave_distort", "Rows slide sideways along a travelling sine wave, like a picture seen through rippling water or a bad signal.")]
public sealed record WaveDistortShader(
    [Doc("Largest sideways shift, as a fraction of the frame's width.")][Range(0, 0.5)] float Amplitude = 0.02f,
    [Doc("Length of one wave, as a fraction of the frame's height.")][Range(0.01, 4)] float Wavelength = 0.25f,
    [Doc("Waves passing a row per second.")][Range(-20, 20)] float Speed = 1f) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => new Executor(this);

    private sealed class Executor(WaveDistortShader p) : IRowShader
    {
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var amplitude = p.Amplitude * frame.Width;
            var perRow = DetMath.TwoPi / Math.Max(p.Wavelength * frame.Height, 1f);
            var phase = DetMath.TwoPi * DetMath.Fract(p.Speed * time.Time);
            for (var y = top; y < bottom; y++)
            {
                PixelMath.ShiftRow(frame.Row(y), (int)MathF.Round(amplitude * DetMath.Sin(y * perRow - phase)));
            }
        }
    }
}
