using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Transitions;

/// <summary>
/// How a scene comes in over the one before it. The transition takes the first <see cref="Duration"/> of the scene
/// it is written on: during it the previous scene goes on rendering past its end (its clock running on) and both
/// frames are combined, so the scene table's times, and the video's length, stay as written.
/// </summary>
[RegistryKind("transition", "transitions")]
public abstract record TransitionParameters
{
    public static readonly TimeValue DefaultDuration = new(0.5, null, "500ms");

    [SharedParameter(null)]
    [Doc("How long the transition lasts, from the scene's start (e.g. 500ms, 1s or 12f); 500ms when absent. At most the scene's length.")]
    public TimeValue? Duration { get; init; }

    public TimeValue DurationOrDefault => Duration ?? DefaultDuration;

    public abstract ITransition Create(TransitionSetup setup);
}

/// <summary>
/// Combines the outgoing scene's finished frame with the incoming one's, in place in the incoming frame: the colours,
/// and for a transparent spec the alpha planes too (both frames premultiplied; the result stays so).
/// Buffers and maps are made in Create, never per frame; the result depends only on the frames, the progress,
/// the time and the seed, never on which worker renders it.
/// </summary>
public interface ITransition
{
    /// <param name="progress">In (0, 1): how far the transition is; 0 would be all outgoing, 1 all incoming.</param>
    void Apply(FrameBuffer outgoing, FrameBuffer incoming, float progress, in FrameTime time);
}

/// <summary>
/// The frame size, the transition's seed, the character cells of the incoming scene's first layer (for transitions that
/// work per character) and whether the frames carry an alpha plane (a transparent spec's), which the transition then
/// combines as it combines the colours.
/// </summary>
public sealed record TransitionSetup(int Width, int Height, uint Seed, CellLayout Cells, bool Alpha = false);

/// <summary>Character cells of a grid in pixels: their size and where the first one starts (grids are centred in the frame).</summary>
public readonly record struct CellLayout(int Width, int Height, int OffsetX, int OffsetY)
{
    /// <summary>The cell (column, row) holding pixel (x, y); pixels in the margin belong to the nearest cell.</summary>
    public (int Column, int Row) Of(int x, int y) =>
        (Math.Max(0, (x - OffsetX) / Width), Math.Max(0, (y - OffsetY) / Height));
}
