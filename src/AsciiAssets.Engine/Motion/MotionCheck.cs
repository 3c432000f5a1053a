using AsciiAssets.Diagnostics;
using AsciiAssets.Spec;

namespace AsciiAssets.Motion;

/// <summary>What the validator hands a motion to check its times: the spec's pinned fps, the YAML positions and the diagnostics.</summary>
internal sealed class MotionCheck(double? pinnedFps, SpecLocations locations, DiagnosticBag diagnostics)
{
    /// <summary>A time in seconds, or null after reporting AA1025 when it is in frames and the spec pins no fps.</summary>
    public double? Seconds(TimeValue time, object owner, string key)
    {
        if (pinnedFps is { } fps)
        {
            return time.ToSeconds(fps);
        }

        if (time.IsFrames)
        {
            Report(DiagnosticDescriptors.FramesNeedFps, owner, key, time);
            return null;
        }

        return time.Seconds;
    }

    public void Report(DiagnosticDescriptor descriptor, object owner, string key, params object?[] args) =>
        diagnostics.Add(descriptor, locations.Of(owner, key), args);
}
