using AsciiAssets.Diagnostics;
using AsciiAssets.Encode.Outputs;
using AsciiAssets.Frames;
using AsciiAssets.Plan;

namespace AsciiAssets.Rendering;

/// <summary>
/// How big the jump from a video's last frame back to its first is, against the steps between neighbouring frames:
/// the mean absolute difference per channel value (0–255) of the seam, and the median of that over evenly spread
/// pairs of neighbours. Rendered for the check itself (a few dozen frames), so it holds whatever came from the cache.
/// </summary>
public readonly record struct LoopSeam(double Seam, double MedianStep)
{
    /// <summary>Pairs of neighbouring frames measured; the first and the last pair are the video's ends.</summary>
    public const int NeighbourPairs = 12;

    /// <summary>A seam up to this many typical steps passes: playback has steps of every size, and one a little larger is not seen.</summary>
    public const double AllowedRatio = 3;

    /// <summary>A seam below this (per channel value, of 255) passes even in a still video: it is under what a viewer sees.</summary>
    public const double InvisibleDifference = 1;

    public double Ratio => Seam / Math.Max(MedianStep, 0.01);

    public bool IsSeamless => Seam <= Math.Max(AllowedRatio * MedianStep, InvisibleDifference);

    public static LoopSeam Measure(RenderPlan plan)
    {
        if (plan.FrameCount < 3)
        {
            return new LoopSeam(0, 0);
        }

        using var renderer = new FrameRenderer(plan);
        using var first = new FrameBuffer(plan.Width, plan.Height);
        using var a = new FrameBuffer(plan.Width, plan.Height);
        using var b = new FrameBuffer(plan.Width, plan.Height);
        var pairs = Math.Min(NeighbourPairs, plan.FrameCount - 1);
        var steps = new double[pairs];
        var renderedFirst = false;
        var lastRendered = -1;
        // Frames in ascending order, so a stateful scene replays its warm-up only where the check jumps ahead.
        for (var i = 0; i < pairs; i++)
        {
            var frame = IntoDrawing(plan, pairs == 1 ? 0 : (int)((long)i * (plan.FrameCount - 2) / (pairs - 1)));
            renderer.Render(frame, a);
            renderer.Render(frame + 1, b);
            lastRendered = frame + 1;
            if (frame == 0)
            {
                a.CopyTo(first);
                renderedFirst = true;
            }

            steps[i] = MeanDifference(a.Pixels, b.Pixels);
        }

        // A held layer's pairs start after frame 0 and may end before the last frame: the seam is b against first.
        if (lastRendered != plan.FrameCount - 1)
        {
            renderer.Render(plan.FrameCount - 1, b);
        }

        if (!renderedFirst)
        {
            renderer.Render(0, first);
        }

        Array.Sort(steps);
        var median = steps.Length % 2 == 1 ? steps[steps.Length / 2] : (steps[steps.Length / 2 - 1] + steps[steps.Length / 2]) / 2;
        return new LoopSeam(MeanDifference(b.Pixels, first.Pixels), median);
    }

    /// <summary>
    /// The first frame of the pair that ends on <paramref name="frame"/> + 1 moved back, where its scene holds a layer, to
    /// the pair that ends on that layer's next drawing (the scene's largest hold). The seam always ends on one, the
    /// first scene's first frame; held layers change only there, so measuring the steps in between would make a held
    /// layer's every new drawing look like a jump.
    /// </summary>
    private static int IntoDrawing(RenderPlan plan, int frame)
    {
        var scene = plan.SceneAt(frame + 1);
        var hold = scene.Spec.Layers.Max(layer => layer.Hold);
        if (hold == 1)
        {
            return frame;
        }

        var drawing = scene.StartFrame + (frame + 1 - scene.StartFrame) / hold * hold;
        // The pair into the scene's first drawing would start in the scene before it: take its second drawing.
        if (drawing == scene.StartFrame)
        {
            drawing = Math.Min(drawing + hold, scene.EndFrame - 1);
        }

        return Math.Clamp(drawing - 1, 0, plan.FrameCount - 2);
    }

    /// <summary>
    /// The warning for a video that is meant to loop and does not: one with <c>loop:</c> (AA2070 at the key), or one
    /// whose HTML snippet loops it in the browser while the spec has no loop (AA2071 at the snippet). Null when the
    /// video is not meant to loop, or its seam passes.
    /// </summary>
    public static Diagnostic? Check(RenderPlan plan, IReadOnlyList<OutputKind> outputs, string outputName)
    {
        var snippet = outputs.OfType<HtmlOutput>().FirstOrDefault(h => h.Loop);
        if (plan.LoopFrames == 0 && snippet is null)
        {
            return null;
        }

        var seam = Measure(plan);
        if (seam.IsSeamless)
        {
            return null;
        }

        var locations = plan.Source.Locations;
        return plan.LoopFrames > 0
            ? DiagnosticDescriptors.LoopNotSeamless.Create(locations.Of(plan.Spec, "loop"), outputName, seam.Seam, seam.Ratio, seam.MedianStep)
            : DiagnosticDescriptors.SnippetLoopsUnloopedVideo.Create(locations.Of(snippet!), outputName, seam.Seam, seam.Ratio, seam.MedianStep);
    }

    private static double MeanDifference(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        long sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += Math.Abs(x[i] - y[i]);
        }

        return (double)sum / x.Length;
    }
}
