namespace AsciiAssets.Frames;

/// <summary>
/// An executor (field, colour, shader, feedback buffer) whose output depends on the frames before it. The renderer
/// keeps every worker count's frames identical by replay: before a frame that does not follow the one it rendered
/// last, it resets every stateful executor of the scene and renders the <see cref="WarmUpFrames"/> frames before
/// it (not before the scene's first frame), up to the last stage that holds state, without output.
/// </summary>
public interface IStatefulExecutor
{
    /// <summary>Frames after which the state no longer depends on where it started; <see cref="int.MaxValue"/> replays from the scene's first frame.</summary>
    int WarmUpFrames { get; }

    /// <summary>Returns to the state before the scene's first frame.</summary>
    void Reset();
}

/// <summary>
/// A parameter record whose executor is an <see cref="IStatefulExecutor"/> (the simulations). Read without building
/// anything, where a scene's frames depend on where its state starts (a loop moves the first scene's start before frame 0).
/// </summary>
public interface IStatefulParameters;
