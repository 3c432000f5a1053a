using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

/// <summary>Which way a wipe's edge moves.</summary>
public enum WipeDirection
{
    Right,
    Left,
    Down,
    Up,
    Clockwise,
    Counterclockwise,
}

[Registered("wipe", "The incoming scene pushes its edge across the outgoing one: straight (right, left, down, up) or as a clock hand sweeping around the centre from twelve o'clock (clockwise, counterclockwise).")]
public sealed record WipeTransition(
    [Doc("Where the edge moves: right (the scene comes in from the left edge), left, down, up, or radially clockwise or counterclockwise.")] WipeDirection Direction = WipeDirection.Right) : ThresholdTransition
{
    protected override float Order(int x, int y, TransitionSetup setup)
    {
        var u = (x + 0.5f) / setup.Width;
        var v = (y + 0.5f) / setup.Height;
        return Direction switch
        {
            WipeDirection.Right => u,
            WipeDirection.Left => 1 - u,
            WipeDirection.Down => v,
            WipeDirection.Up => 1 - v,
            _ => Sweep(x + 0.5f - setup.Width / 2f, y + 0.5f - setup.Height / 2f),
        };
    }

    /// <summary>The clock angle of a point from the centre, screen y down, as a fraction of a turn from twelve o'clock.</summary>
    private float Sweep(float dx, float dy)
    {
        var turn = DetMath.Fract(DetMath.Atan2(dx, -dy) / (2 * MathF.PI));
        return Direction == WipeDirection.Clockwise ? turn : DetMath.Fract(1 - turn);
    }
}
