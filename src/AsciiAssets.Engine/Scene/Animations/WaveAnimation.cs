using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Animations;

[Registered("wave", "Characters bob up and down in a wave travelling along the text; its height grows in over the duration and it keeps going.")]
public sealed record WaveAnimation(
    [Doc("The wave's height in cells.")][Range(0, 50)] float Height = 1f,
    [Doc("Waves per second.")][Range(0, 20)] float Speed = 1f,
    [Doc("Characters per wave length.")][Range(1, 500)] float Length = 12f) : TextAnimationParameters
{
    public override LetterState Letter(in AnimationClock clock, int order, int count, uint seed)
    {
        var phase = DetMath.TwoPi * (clock.Seconds * Speed - order / Length);
        return new LetterState(true, 0, (int)MathF.Round(Height * clock.Progress * DetMath.Sin(phase)), 1f);
    }
}
