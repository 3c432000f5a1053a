using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Animations;

[Registered("typewriter", "Character after character in reading order, spaces included, over the duration.")]
public sealed record TypewriterAnimation : TextAnimationParameters
{
    public override LetterState Letter(in AnimationClock clock, int order, int count, uint seed) =>
        order < (int)MathF.Floor(clock.Progress * count + 1e-4f) ? LetterState.Shown : LetterState.Hidden;
}
