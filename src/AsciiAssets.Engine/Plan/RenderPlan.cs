using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>Everything a render needs, decided once: size, fps, frames, scenes, encoder settings, output.</summary>
public sealed record RenderPlan(
    LoadedSpec Source,
    QualityProfile Profile,
    int Width,
    int Height,
    double Fps,
    int FrameCount,
    IReadOnlyList<ScenePlan> Scenes,
    string OutputPath)
{
    public VideoSpec Spec => Source.Spec;

    public double DurationSeconds => FrameCount / Fps;

    public ScenePlan SceneAt(int frame)
    {
        // Scenes are few; a linear scan from the end finds the right one without allocation.
        for (var i = Scenes.Count - 1; i > 0; i--)
        {
            if (frame >= Scenes[i].StartFrame)
            {
                return Scenes[i];
            }
        }

        return Scenes[0];
    }
}
