namespace AsciiAssets.Plan;

/// <summary>A run of frames [StartFrame, EndFrame) encoded to its own file; the unit of parallel work.</summary>
public sealed record Segment(int Index, int StartFrame, int EndFrame)
{
    public int FrameCount => EndFrame - StartFrame;
}

public static class SegmentPlanner
{
    /// <summary>Segment length in seconds: long enough that x264 startup and keyframes cost little.</summary>
    public const double SegmentSeconds = 4;

    /// <summary>
    /// Fixed-length segments, cut at scene boundaries too. The layout depends only on the plan, never on the
    /// worker count, so every worker count encodes the same segments.
    /// </summary>
    public static IReadOnlyList<Segment> Plan(RenderPlan plan)
    {
        var length = Math.Max(1, (int)Math.Round(SegmentSeconds * plan.Fps));
        var segments = new List<Segment>();
        foreach (var scene in plan.Scenes)
        {
            for (var start = scene.StartFrame; start < scene.EndFrame; start += length)
            {
                segments.Add(new Segment(segments.Count, start, Math.Min(scene.EndFrame, start + length)));
            }
        }

        return segments;
    }
}
