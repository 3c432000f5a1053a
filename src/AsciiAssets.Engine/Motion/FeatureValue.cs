using AsciiAssets.Audio;
using AsciiAssets.Frames;

namespace AsciiAssets.Motion;

/// <summary><c>{ feature: rms, min: 0.2, max: 0.9 }</c>: value = min + (max − min) · feature, the feature in [0, 1] at the frame.</summary>
public sealed record FeatureValue(AudioFeature Feature, MovingValue Min, MovingValue Max) : MovingValue
{
    public override float At(in FrameTime time)
    {
        var min = Min.At(time);
        return min + (Max.At(time) - min) * time.Feature(Feature);
    }

    public override bool UsesFeatures => true;

    internal override void Validate(MotionCheck check, string path)
    {
        Min.Validate(check, path + ".min");
        Max.Validate(check, path + ".max");
    }
}
