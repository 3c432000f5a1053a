using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Animations;

[Registered("scatter", "Characters fly in from scattered places to their own over the duration, fading in.")]
public sealed record ScatterAnimation(
    [Doc("How far, in cells, the farthest characters start from their places.")][Range(0, 500)] float Spread = 12f) : TextAnimationParameters
{
    public override LetterState Letter(in AnimationClock clock, int order, int count, uint seed)
    {
        if (clock.Seconds < 0f)
        {
            return LetterState.Hidden;
        }

        // Each letter starts on its own ray from its place; rows are half as far, since cells are about twice as tall as wide.
        var angle = Hash.Unit(seed, (uint)order) * DetMath.TwoPi;
        var distance = Spread * (0.35f + 0.65f * Hash.Unit(seed, (uint)order, 1u)) * (1f - clock.Progress);
        return new LetterState(true, (int)MathF.Round(DetMath.Cos(angle) * distance), (int)MathF.Round(DetMath.Sin(angle) * distance * 0.5f), DetMath.Clamp01(clock.Progress * 1.5f));
    }
}
