using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>A scene resolved to frames: [StartFrame, EndFrame).</summary>
public sealed record ScenePlan(int Index, string Name, int StartFrame, int EndFrame, SceneSpec Spec)
{
    public int FrameCount => EndFrame - StartFrame;
}
