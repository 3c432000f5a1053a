using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("channel_shift", "Misregistered print: the red channel slides left and the blue one right by a few pixels, green stays; edges get coloured fringes.")]
public sealed record ChannelShiftShader(
    [Doc("How far red and blue move, in pixels at the frame's size; can follow a feature to shake on the beat.")][Range(0, 64)] int Offset = 3) : ShaderParameters
{
    /// <summary>Moves pixels: the alpha moves with them.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Moves;

    public override IShader Create(ShaderSetup setup) => new Executor(this);

    private sealed class Executor(ChannelShiftShader p) : IRowShader
    {
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var shift = 3 * Math.Clamp(p.Offset, 0, frame.Width);
            for (var y = top; y < bottom; y++)
            {
                var row = frame.Row(y);
                // Red reads to its right, walking forwards; blue reads to its left, walking backwards: each reads a value not yet moved.
                for (var i = 0; i < row.Length; i += 3)
                {
                    row[i] = i + shift < row.Length ? row[i + shift] : (byte)0;
                }

                for (var i = row.Length - 1; i >= 2; i -= 3)
                {
                    row[i] = i - shift >= 0 ? row[i - shift] : (byte)0;
                }
            }
        }
    }
}
