using AsciiAssets.Audio;

namespace AsciiAssets.Frames;

/// <summary>Where a frame sits in the video and in its scene. Effects are pure functions of this and their seed.</summary>
/// <param name="Features">The video's audio features (null or <see cref="AudioFeatures.None"/> when the spec uses none).</param>
public readonly record struct FrameTime(int Frame, double Fps, int SceneIndex, int SceneStartFrame, int SceneFrameCount, AudioFeatures? Features = null)
{
    /// <summary>Seconds since the start of the video.</summary>
    public float Time => (float)(Frame / Fps);

    /// <summary>Seconds since the start of the scene.</summary>
    public float SceneTime => (float)((Frame - SceneStartFrame) / Fps);

    /// <summary>0 at the scene's first frame, approaching 1 at its last.</summary>
    public float SceneProgress => SceneFrameCount <= 1 ? 0 : (float)(Frame - SceneStartFrame) / (SceneFrameCount - 1);

    /// <summary>A feature's value at this frame, in [0, 1]; 0 without features.</summary>
    public float Feature(AudioFeature feature) => Features?.Value(feature, Frame) ?? 0f;
}
