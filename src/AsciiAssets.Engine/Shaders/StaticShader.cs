using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("static", "TV static: grey snow mixed into the picture, new every frame or every 'hold' frames (hashed from the seed and the frame), in 2x2 pixel specks.")]
public sealed record StaticShader(
    [Doc("How much snow replaces the picture: 0 none, 1 only snow; follow 'rms' for interference on loud parts.")][Range(0, 1)] float Amount = 0.2f,
    [Doc("Frames the same snow holds before it is re-rolled, counted from the video's first frame (the same on any number of workers); the picture under it still moves.")][Range(1, 120)] int Hold = 1) : ShaderParameters
{
    /// <summary>Snow is mixed into what is drawn: straight colour in, the alpha stays, so transparency gets no snow.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

    public override IShader Create(ShaderSetup setup) => new Executor(this, setup.Seed);

    private sealed class Executor(StaticShader p, uint seed) : IRowShader
    {
        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            var weight = (int)MathF.Round(DetMath.Clamp01(p.Amount) * 256f);
            var frameSeed = Hash.Combine(seed, (uint)time.HoldWindow(p.Hold));
            for (var y = top; y < bottom; y++)
            {
                var row = frame.Row(y);
                var rowSeed = Hash.Combine(frameSeed, (uint)(y >> 1));
                // One speck is two pixels wide: six bytes per hash.
                for (var x = 0; x < frame.Width; x += 2)
                {
                    var snow = (int)(Hash.Combine(rowSeed, (uint)(x >> 1)) >> 24) * weight + 128;
                    var end = Math.Min(3 * x + 6, row.Length);
                    for (var c = 3 * x; c < end; c++)
                    {
                        row[c] = (byte)((row[c] * (256 - weight) + snow) >> 8);
                    }
                }
            }
        }
    }
}
