using AsciiAssets.Frames;

namespace AsciiAssets.Motion;

/// <summary>
/// A number as a pure function of the frame time: a plain number, a feature binding, an arc or keyframes. Every
/// number inside a motion is itself a motion, so forms combine (keyframes scaled by a feature). Evaluating one
/// allocates nothing.
/// </summary>
public abstract record MovingValue
{
    /// <summary>The value at a frame.</summary>
    public abstract float At(in FrameTime time);

    /// <summary>True when the value reads audio features, so they must be computed before rendering.</summary>
    public abstract bool UsesFeatures { get; }

    /// <summary>Checks that need the spec's fps (times in frames, times in order); <paramref name="path"/> names the value in messages.</summary>
    internal virtual void Validate(MotionCheck check, string path)
    {
    }

    /// <summary>Seconds since the start of the frame's scene, in double so times compare exactly.</summary>
    protected static double SceneSeconds(in FrameTime time) => (time.Frame - time.SceneStartFrame) / time.Fps;
}

/// <summary>A plain number inside a motion (a feature binding's min, an arc's end, a keyframe's value).</summary>
public sealed record FixedValue(float Value) : MovingValue
{
    public override float At(in FrameTime time) => Value;

    public override bool UsesFeatures => false;
}
