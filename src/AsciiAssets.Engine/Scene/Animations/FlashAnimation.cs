using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Animations;

[Registered("flash", "Blinks on and off for the duration, then stays on.")]
public sealed record FlashAnimation(
    [Doc("Blinks per second.")][Range(0.1, 30)] float Rate = 4f) : TextAnimationParameters
{
    public override bool WorksOnStencils => true;

    public override LetterState Letter(in AnimationClock clock, int order, int count, uint seed) =>
        clock.Seconds < 0f ? LetterState.Hidden
        : clock.Progress >= 1f || (int)MathF.Floor(clock.Seconds * Rate * 2f) % 2 == 0 ? LetterState.Shown
        : LetterState.Hidden;
}
