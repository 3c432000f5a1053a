using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Animations;

[Registered("fade", "From transparent to opaque over the duration, the whole text alike.")]
public sealed record FadeAnimation : TextAnimationParameters
{
    public override bool WorksOnStencils => true;

    public override LetterState Letter(in AnimationClock clock, int order, int count, uint seed) =>
        clock.Progress <= 0f ? LetterState.Hidden : new LetterState(true, 0, 0, clock.Progress);
}
