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

    /// <summary>
    /// Which window of <paramref name="hold"/> frames, counted from the video's frame 0, this frame is in: a shader's
    /// random draw for the window. A function of the frame number alone, so any worker and segment layout draws the
    /// same; floored, so a loop's frames before the start (negative) make windows as long as the others.
    /// </summary>
    public int HoldWindow(int hold) => (int)Math.Floor((double)Frame / Math.Max(1, hold));

    /// <summary>
    /// This frame's time as the first frame of its window of <paramref name="hold"/> frames, counted from the scene's
    /// first frame (floored, so a loop's frames before it continue the windows backwards): what a held layer sees.
    /// </summary>
    public FrameTime HeldInScene(int hold)
    {
        var hop = Math.Max(1, hold);
        return this with { Frame = SceneStartFrame + (int)Math.Floor((double)(Frame - SceneStartFrame) / hop) * hop };
    }

    /// <summary>A feature's value at this frame, in [0, 1]; 0 without features.</summary>
    public float Feature(AudioFeature feature) => Features?.Value(feature, Frame) ?? 0f;
}
