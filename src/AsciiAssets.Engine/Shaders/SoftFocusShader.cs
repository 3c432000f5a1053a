using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("soft_focus", "A dreamy diffusion filter: a blurred copy of the frame is lightened onto it, so highlights bloom softly and edges stay.")]
public sealed record SoftFocusShader(
    [Doc("Blur radius in pixels at the frame's size.")][Range(1, 64)] int Radius = 4,
    [Doc("How much of the blur is mixed in: 0 none, 1 the brighter of the two per channel.")][Range(0, 1)] float Amount = 0.6f) : ShaderParameters
{
    public override IShader Create(ShaderSetup setup) => new Executor(this, setup);

    /// <summary>A box blur of the frame whose brighter channels are mixed in.</summary>
    private sealed class Executor(SoftFocusShader p, ShaderSetup setup) : IShader
    {
        private readonly BoxBlur _blur = new(setup.Width, setup.Height);

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var weight = (int)MathF.Round(Math.Clamp(p.Amount, 0f, 1f) * 256f);
            _blur.Apply(frame.Pixels, frame.Pixels, p.Radius, new LighterMix(weight));
        }
    }

    private readonly struct LighterMix(int weight) : IBlurMix
    {
        public byte Mix(byte value, int blurred) => (byte)((value * (256 - weight) + Math.Max(value, blurred) * weight + 128) >> 8);
    }
}
