using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>A scene resolved to frames: [StartFrame, EndFrame).</summary>
public sealed record ScenePlan(int Index, string Name, int StartFrame, int EndFrame, SceneSpec Spec)
{
    public int FrameCount => EndFrame - StartFrame;

    /// <summary>The scene's first frames that also render the previous scene, for its transition; 0 for a hard cut.</summary>
    public int TransitionFrames { get; init; }

    public bool InTransition(int frame) => frame - StartFrame < TransitionFrames;

    /// <summary>How far the transition is at a frame of it, in (0, 1): never a whole scene, so every frame of it mixes.</summary>
    public float TransitionProgress(int frame) => (frame - StartFrame + 1) / (float)(TransitionFrames + 1);
}
