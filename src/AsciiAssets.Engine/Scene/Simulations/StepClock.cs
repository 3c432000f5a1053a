namespace AsciiAssets.Scene.Simulations;

/// <summary>
/// Turns a rate in steps per second into whole steps per frame, carrying the remainder, so a simulation runs at the
/// same speed at any fps and a moving rate speeds it up smoothly. Part of the simulation's state: reset with it.
/// </summary>
internal struct StepClock
{
    private double _pending;

    public void Reset() => _pending = 0;

    /// <summary>Whole steps due for one frame at <paramref name="stepsPerSecond"/>.</summary>
    public int Advance(float stepsPerSecond, double fps)
    {
        _pending += stepsPerSecond / fps;
        var steps = (int)Math.Floor(_pending);
        _pending -= steps;
        return steps;
    }
}
