using AsciiAssets.Motion;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>
/// How a text's characters appear: a typewriter, a fade, a flash, a scatter or a wave. Every animation starts
/// <see cref="Delay"/> seconds after its text appears (the scene's start, or a subtitle's) and takes
/// <see cref="Duration"/> seconds, its progress eased. Animations are pure functions of time; one record each.
/// </summary>
[RegistryKind("animation", "animations")]
public abstract record TextAnimationParameters
{
    [SharedParameter(0f)]
    [Doc("Seconds after the text appears (the scene's start, or a subtitle's) when the animation starts.")]
    [Range(0, 3600)]
    public float Delay { get; init; }

    [SharedParameter(1f)]
    [Doc("Seconds the animation takes.")]
    [Range(0, 600)]
    public float Duration { get; init; } = 1f;

    [SharedParameter(Easing.Linear)]
    [Doc("The easing of its progress: linear, in_quad, out_cubic, in_out_cubic, out_expo, elastic, bounce, ….")]
    public Easing Ease { get; init; } = Easing.Linear;

    /// <summary>True when it changes the whole text alike (fade, flash), so it works on a stencil too.</summary>
    public virtual bool WorksOnStencils => false;

    /// <summary>The animation's clock <paramref name="seconds"/> after its text appeared.</summary>
    public AnimationClock Clock(float seconds)
    {
        var since = seconds - Delay;
        var linear = Duration <= 0 ? (since >= 0 ? 1f : 0f) : DetMath.Clamp01(since / Duration);
        return new AnimationClock(Easings.Apply(Ease, linear), since);
    }

    /// <summary>Where and how much letter <paramref name="order"/> of <paramref name="count"/> (reading order, spaces counted) shows.</summary>
    public abstract LetterState Letter(in AnimationClock clock, int order, int count, uint seed);
}

/// <param name="Progress">The eased progress: 0 until the animation starts, 1 from its end on.</param>
/// <param name="Seconds">Seconds since the animation started; negative before.</param>
public readonly record struct AnimationClock(float Progress, float Seconds);

/// <summary>A letter's state in a frame: whether it shows, how far it is from its place (in cells) and how opaque it is.</summary>
public readonly record struct LetterState(bool Visible, int Columns, int Rows, float Coverage)
{
    public static readonly LetterState Shown = new(true, 0, 0, 1f);

    public static readonly LetterState Hidden = new(false, 0, 0, 0f);
}
