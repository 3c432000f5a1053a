using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

[Registered("glitch_cut", "A cut that tears: bands of rows jump between the scenes in a random order that changes every frame, shifted sideways most in the middle of the transition, until the incoming scene holds every band.")]
public sealed record GlitchCutTransition(
    [Doc("How many bands of rows the frame tears into.")][Range(2, 512)] int Bands = 24,
    [Doc("The largest sideways shift of a band, as a fraction of the frame width, reached half-way.")][Range(0, 1)] float Shift = 0.08f) : TransitionParameters
{
    public override ITransition Create(TransitionSetup setup) => new Executor(this, setup.Seed);

    private sealed class Executor(GlitchCutTransition p, uint seed) : ITransition
    {
        public void Apply(FrameBuffer outgoing, FrameBuffer incoming, float progress, in FrameTime time)
        {
            var bands = Math.Clamp(p.Bands, 2, Math.Max(2, incoming.Height));
            // Tearing is strongest half-way, gone at both ends.
            var strength = DetMath.Sin(MathF.PI * Math.Clamp(progress, 0f, 1f));
            var largest = p.Shift * incoming.Width * strength;
            for (var band = 0; band < bands; band++)
            {
                var hash = Hash.Combine(seed, (uint)time.Frame, (uint)band);
                var fromIncoming = Hash.Unit(hash) < progress;
                var shift = (int)((Hash.Unit(hash, 1) * 2 - 1) * largest);
                var top = band * incoming.Height / bands;
                var bottom = (band + 1) * incoming.Height / bands;
                for (var y = top; y < bottom; y++)
                {
                    var row = incoming.Row(y);
                    if (!fromIncoming)
                    {
                        outgoing.Row(y).CopyTo(row);
                    }

                    PixelMath.ShiftRow(row, shift);
                    if (incoming.HasAlpha)
                    {
                        // The band's coverage goes with its pixels: the same scene's row, the same shift, transparent where it came in.
                        var alpha = incoming.AlphaRow(y);
                        if (!fromIncoming)
                        {
                            outgoing.AlphaRow(y).CopyTo(alpha);
                        }

                        PixelMath.ShiftBytes(alpha, shift);
                    }
                }
            }
        }
    }
}
