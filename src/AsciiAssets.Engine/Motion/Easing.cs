using AsciiAssets.Numerics;

namespace AsciiAssets.Motion;

/// <summary>How a motion travels between two values. The YAML names are the snake_case names (in_out_cubic, out_expo).</summary>
public enum Easing
{
    /// <summary>Constant speed.</summary>
    Linear,

    /// <summary>Starts slowly, speeds up: t².</summary>
    InQuad,

    /// <summary>Starts fast, slows down: 1 − (1 − t)².</summary>
    OutQuad,

    /// <summary>Slow at both ends, quadratic.</summary>
    InOutQuad,

    /// <summary>Starts slowly, speeds up: t³.</summary>
    InCubic,

    /// <summary>Starts fast, slows down: 1 − (1 − t)³.</summary>
    OutCubic,

    /// <summary>Slow at both ends, cubic.</summary>
    InOutCubic,

    /// <summary>Almost still, then shoots to the end: 2^(10t − 10).</summary>
    InExpo,

    /// <summary>Shoots off, then creeps to the end: 1 − 2^(−10t).</summary>
    OutExpo,

    /// <summary>Overshoots the end and springs back, settling on it.</summary>
    Elastic,

    /// <summary>Falls onto the end and bounces three times, never past it.</summary>
    Bounce,
}

public static class Easings
{
    private const float Ln2 = 0.693147181f;

    /// <summary>The eased position for t in [0, 1]: 0 at t = 0 and 1 at t = 1 for every easing.</summary>
    public static float Apply(Easing easing, float t) => easing switch
    {
        Easing.InQuad => t * t,
        Easing.OutQuad => 1 - (1 - t) * (1 - t),
        Easing.InOutQuad => t < 0.5f ? 2 * t * t : 1 - Square(2 - 2 * t) / 2,
        Easing.InCubic => t * t * t,
        Easing.OutCubic => 1 - Cube(1 - t),
        Easing.InOutCubic => t < 0.5f ? 4 * t * t * t : 1 - Cube(2 - 2 * t) / 2,
        Easing.InExpo => t <= 0 ? 0 : TwoTo(10 * t - 10),
        Easing.OutExpo => t >= 1 ? 1 : 1 - TwoTo(-10 * t),
        Easing.Elastic => t <= 0 ? 0 : t >= 1 ? 1 : TwoTo(-10 * t) * DetMath.Sin((10 * t - 0.75f) * (DetMath.TwoPi / 3)) + 1,
        Easing.Bounce => Bounce(t),
        _ => t,
    };

    /// <summary>Four parabolas of falling height, touching 1 at each bounce.</summary>
    private static float Bounce(float t)
    {
        const float N = 7.5625f;
        const float D = 2.75f;
        if (t < 1 / D)
        {
            return N * t * t;
        }

        if (t < 2 / D)
        {
            t -= 1.5f / D;
            return N * t * t + 0.75f;
        }

        if (t < 2.5f / D)
        {
            t -= 2.25f / D;
            return N * t * t + 0.9375f;
        }

        t -= 2.625f / D;
        return N * t * t + 0.984375f;
    }

    private static float Square(float x) => x * x;

    private static float Cube(float x) => x * x * x;

    private static float TwoTo(float x) => DetMath.Exp(x * Ln2);
}
