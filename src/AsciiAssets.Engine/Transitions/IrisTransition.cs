using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

[Registered("iris", "A circle opens from a point and shows the incoming scene inside it (or, closing, shrinks onto the point with the outgoing scene inside).")]
public sealed record IrisTransition(
    [Doc("The centre across the frame: 0 left edge, 1 right edge.")][Range(0, 1)][NotBindable("the order map is computed once")] float CenterX = 0.5f,
    [Doc("The centre down the frame: 0 top, 1 bottom.")][Range(0, 1)][NotBindable("the order map is computed once")] float CenterY = 0.5f,
    [Doc("Shrink instead of open: the outgoing scene stays inside the circle until it closes.")] bool Closing = false) : ThresholdTransition
{
    protected override float Order(int x, int y, TransitionSetup setup)
    {
        var cx = CenterX * setup.Width;
        var cy = CenterY * setup.Height;
        // The farthest corner is reached last, so the circle has covered the frame when the transition ends.
        var far = MathF.Max(MathF.Max(Distance(0, 0, cx, cy), Distance(setup.Width, 0, cx, cy)), MathF.Max(Distance(0, setup.Height, cx, cy), Distance(setup.Width, setup.Height, cx, cy)));
        var d = Distance(x + 0.5f, y + 0.5f, cx, cy) / MathF.Max(far, 1);
        return Closing ? 1 - d : d;
    }

    private static float Distance(float x, float y, float cx, float cy) => MathF.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
}
